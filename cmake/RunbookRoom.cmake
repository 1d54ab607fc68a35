# runbook_room(NAME [ROOMS room…] [QT module…] [LIBS target…] SOURCES file…)
#
# One room of core/: a static library runbook_NAME built from core/NAME/,
# linked to exactly the rooms it may use (ROOMS), the Qt modules it needs
# (Core, Network or Sql — never Gui or Widgets) and third-party LIBS.
# Headers are included by room: #include "NAME/Header.h". A build step checks
# that every quoted include of the room names itself or one of its ROOMS, and
# that nothing GUI or demo is included; the build fails otherwise.
set(RUNBOOK_ROOM_QT_ALLOWED Core Network Sql)
set(RUNBOOK_ROOM_CHECK_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/CheckRoomIncludes.cmake)

function(runbook_room name)
  cmake_parse_arguments(R "" "" "ROOMS;QT;LIBS;SOURCES" ${ARGN})
  foreach(m IN LISTS R_QT)
    if(NOT m IN_LIST RUNBOOK_ROOM_QT_ALLOWED)
      message(FATAL_ERROR "core/${name}: Qt6::${m} is not allowed in core (Core, Network, Sql only)")
    endif()
  endforeach()
  foreach(lib IN LISTS R_LIBS)
    if(lib MATCHES "demo|Qt6?::(Gui|Widgets)")
      message(FATAL_ERROR "core/${name}: ${lib} may not be linked into core")
    endif()
  endforeach()
  foreach(room IN LISTS R_ROOMS)
    if(NOT TARGET runbook_${room})
      message(FATAL_ERROR "core/${name} uses room '${room}', which is not defined before it (rooms depend only downward)")
    endif()
  endforeach()

  add_library(runbook_${name} STATIC ${R_SOURCES})
  target_include_directories(runbook_${name} PUBLIC ${PROJECT_SOURCE_DIR}/core)
  list(TRANSFORM R_ROOMS PREPEND runbook_ OUTPUT_VARIABLE _room_libs)
  list(TRANSFORM R_QT PREPEND Qt6:: OUTPUT_VARIABLE _qt_libs)
  target_link_libraries(runbook_${name} PUBLIC ${_room_libs} ${_qt_libs} PRIVATE runbook_flags ${R_LIBS})

  # The include check runs whenever a source of the room changes.
  set(_stamp ${CMAKE_CURRENT_BINARY_DIR}/room_${name}.checked)
  list(TRANSFORM R_SOURCES PREPEND ${CMAKE_CURRENT_SOURCE_DIR}/ OUTPUT_VARIABLE _abs_sources)
  string(REPLACE ";" "," _allowed "${R_ROOMS}")
  add_custom_command(OUTPUT ${_stamp}
    COMMAND ${CMAKE_COMMAND} -DROOM=${name} "-DALLOWED=${_allowed}" -DDIR=${CMAKE_CURRENT_SOURCE_DIR}
            -DSTAMP=${_stamp} -P ${RUNBOOK_ROOM_CHECK_SCRIPT}
    DEPENDS ${_abs_sources} ${RUNBOOK_ROOM_CHECK_SCRIPT}
    COMMENT "Checking the includes of core/${name}" VERBATIM)
  add_custom_target(runbook_${name}_includes DEPENDS ${_stamp})
  add_dependencies(runbook_${name} runbook_${name}_includes)
  set_property(GLOBAL APPEND PROPERTY RUNBOOK_ROOMS ${name})
endfunction()
