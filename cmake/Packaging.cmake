# What an install places, and the .deb CPack makes of it (scripts/package).
include(GNUInstallDirs)

set(RUNBOOK_APP_ID org.runbookassistant.assistant)
set(_res ${CMAKE_SOURCE_DIR}/resources)

install(TARGETS runbook-assistant runbook-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${_res}/runbooks/infrastructure-monitoring.md ${_res}/runbooks/infrastructure-monitoring.wiring.yaml
  DESTINATION ${CMAKE_INSTALL_DATADIR}/runbook-assistant/runbooks)
install(FILES ${_res}/${RUNBOOK_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${_res}/${RUNBOOK_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${_res}/icons/runbook-assistant.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(_size 16 22 24 32 48 64 128 256 512)
  install(FILES ${_res}/icons/hicolor/${_size}x${_size}/apps/runbook-assistant.png
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps)
endforeach()
install(FILES ${_res}/completion/runbook-cli.bash DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME runbook-cli)
set(_doc ${CMAKE_INSTALL_DATADIR}/doc/runbook-assistant)
install(FILES ${_res}/debian/copyright DESTINATION ${_doc})

# Man pages from the executables' own --help and --version (QCommandLineParser), by help2man.
find_program(HELP2MAN help2man)
if(HELP2MAN)
  set(_man ${CMAKE_BINARY_DIR}/man)
  foreach(_exe runbook-cli runbook-assistant)
    if(_exe STREQUAL "runbook-cli")
      set(_name "everything Runbook Assistant does, for scripts")
    else()
      set(_name "walk an incident through a Markdown runbook")
    endif()
    add_custom_command(OUTPUT ${_man}/${_exe}.1.gz
      COMMAND ${CMAKE_COMMAND} -E make_directory ${_man}
      COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen
              ${HELP2MAN} --no-info --no-discard-stderr --section=1 --name=${_name}
              --include=${_res}/debian/${_exe}.h2m --output=${_man}/${_exe}.1 $<TARGET_FILE:${_exe}>
      COMMAND gzip -9nf ${_man}/${_exe}.1
      DEPENDS ${_exe} ${_res}/debian/${_exe}.h2m
      COMMENT "Man page of ${_exe} (help2man)" VERBATIM)
    list(APPEND _manpages ${_man}/${_exe}.1.gz)
  endforeach()
  add_custom_target(manpages ALL DEPENDS ${_manpages})
  install(FILES ${_manpages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
  message(STATUS "help2man not found: no man pages (scripts/package installs it)")
endif()

# The Debian changelog a native package carries (lintian), from the release in the metainfo.
string(TIMESTAMP _now "%a, %d %b %Y %H:%M:%S +0000" UTC)
set(RUNBOOK_MAINTAINER "Runbook Assistant team <team@runbookassistant.org>")
file(WRITE ${CMAKE_BINARY_DIR}/debian/changelog
"runbook-assistant (${PROJECT_VERSION}) bookworm; urgency=medium

  * First release: checklists, live queries, recovery actions, Prometheus and
    Alertmanager alerts, incident notes, German translation.

 -- ${RUNBOOK_MAINTAINER}  Mon, 07 Dec 2026 12:00:00 +0000
")
add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/debian/changelog.gz
  COMMAND gzip -9nc ${CMAKE_BINARY_DIR}/debian/changelog > ${CMAKE_BINARY_DIR}/debian/changelog.gz
  DEPENDS ${CMAKE_BINARY_DIR}/debian/changelog VERBATIM)
add_custom_target(debian_changelog ALL DEPENDS ${CMAKE_BINARY_DIR}/debian/changelog.gz)
install(FILES ${CMAKE_BINARY_DIR}/debian/changelog.gz DESTINATION ${_doc})
# The lintian tags left, each with its reason (resources/debian/lintian-overrides).
install(FILES ${_res}/debian/lintian-overrides DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME runbook-assistant)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME runbook-assistant)
set(CPACK_PACKAGE_VENDOR "The Runbook Assistant team")
set(CPACK_PACKAGE_CONTACT "${RUNBOOK_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "guided incident walkthrough of Markdown runbooks")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Runbook Assistant opens an operations runbook written in Markdown and
turns it into a guided incident walkthrough: every section a checklist,
steps wired to live queries (logs, SQL, HTTP, PromQL) with the runbook's
alert thresholds judged live, recovery steps as one-click actions with a
preview and an audit record, and the incident exported as notes for a
review. runbook-cli does the same from scripts.")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://runbookassistant.org/")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so dpkg-shlibdeps cannot see them: SQL drivers, the platform plugins, Qt's German.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_PACKAGE_INSTALL_DIRECTORY runbook-assistant)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
include(CPack)
