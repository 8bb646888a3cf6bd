# Installation and the Debian package. Only the application is installed: the sandbox store, the tests and the
# benchmarks have no install rules. Standard places (GNUInstallDirs, relative to the prefix):
#   bin/packbench                                    (app/CMakeLists.txt; translations are compiled into it)
#   share/applications/packbench.desktop             the menu entry
#   share/icons/hicolor/{16x16..256x256,scalable}/apps/packbench.{png,svg}
#   share/metainfo/org.packbench.Packbench.metainfo.xml
# `cpack -G DEB` in a build folder makes packbench_VERSION_ARCH.deb, installed under /usr.
set(PACKBENCH_RESOURCES ${CMAKE_SOURCE_DIR}/resources)

install(FILES ${PACKBENCH_RESOURCES}/packbench.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(DIRECTORY ${PACKBENCH_RESOURCES}/icons/hicolor DESTINATION ${CMAKE_INSTALL_DATADIR}/icons
  FILES_MATCHING PATTERN "packbench.png" PATTERN "packbench.svg")
install(FILES ${PACKBENCH_RESOURCES}/org.packbench.Packbench.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# The desktop file and the AppStream metadata pass their validators (CI checks the installed copies again).
if(PACKBENCH_BUILD_TESTS)
  find_program(DESKTOP_FILE_VALIDATE_EXE desktop-file-validate)
  find_program(APPSTREAMCLI_EXE appstreamcli)
  if(DESKTOP_FILE_VALIDATE_EXE)
    add_test(NAME desktop_file_valid COMMAND ${DESKTOP_FILE_VALIDATE_EXE} ${PACKBENCH_RESOURCES}/packbench.desktop)
    set_tests_properties(desktop_file_valid PROPERTIES LABELS app)
  endif()
  if(APPSTREAMCLI_EXE)
    add_test(NAME metainfo_valid COMMAND ${APPSTREAMCLI_EXE} validate --no-net
      ${PACKBENCH_RESOURCES}/org.packbench.Packbench.metainfo.xml)
    set_tests_properties(metainfo_valid PROPERTIES LABELS app)
  endif()
endif()

set(CPACK_PACKAGE_NAME packbench)
set(CPACK_PACKAGE_VENDOR "Packbench")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_CONTACT "Packbench maintainers <packbench@example.invalid>")
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # packbench_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_PACKAGE_DESCRIPTION "Packbench connects to BigCommerce stores, imports the orders that are ready to
ship, shows them to packers in a fast grid, prints shipping labels and writes
the tracking number back to BigCommerce the moment a label is printed.")
# Libraries the binary links: computed from it by dpkg-shlibdeps (package dpkg-dev).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What is loaded at run time, which dpkg-shlibdeps cannot see: Qt's SQL drivers, Qt's platform plugins (xcb, wayland;
# libqt6gui6 only recommends them) and libsecret, which QtKeychain opens itself (dlopen "secret-1"). libsecret talks to
# a Secret Service on D-Bus: gnome-keyring, recommended (KWallet works too). Qt's own translations make its standard
# buttons speak German.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, qt6-qpa-plugins, libsecret-1-0")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n, cups-client")

include(CPack)
