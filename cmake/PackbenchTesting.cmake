# packbench_add_test(<name> SOURCES <files...> [LIBRARIES <targets...>] [LABELS <labels...>])
# One Qt Test executable per class or feature, registered with CTest. Every test runs offscreen and in a
# throw-away profile (tests create it with QTemporaryDir; PACKBENCH_TEST_MODE keeps them off the user's settings).
function(packbench_add_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBRARIES;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test packbench_settings ${ARG_LIBRARIES})
  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;PACKBENCH_TEST_MODE=1;QT_LOGGING_RULES=qt.qpa.*=false"
    TIMEOUT 300)
  if(ARG_LABELS)
    set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}")
  endif()
endfunction()
