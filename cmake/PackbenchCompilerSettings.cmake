# Settings every Packbench target shares: warnings, Qt safety macros, sanitizers.
add_library(packbench_settings INTERFACE)
target_compile_options(packbench_settings INTERFACE -Wall -Wextra -Wpedantic -Wnon-virtual-dtor
  $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>)
if(PACKBENCH_WERROR)
  target_compile_options(packbench_settings INTERFACE -Werror)
endif()
target_compile_definitions(packbench_settings INTERFACE
  QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING QT_NO_FOREACH
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_STRICT_ITERATORS)
if(PACKBENCH_SANITIZE)
  set(PACKBENCH_SANITIZER_FLAGS -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_compile_options(packbench_settings INTERFACE ${PACKBENCH_SANITIZER_FLAGS})
  target_link_options(packbench_settings INTERFACE ${PACKBENCH_SANITIZER_FLAGS})
endif()
