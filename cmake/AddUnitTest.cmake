# add_unit_test(NAME SOURCES a.cpp ... LIBS lib ... [GUI])
# One executable per test class; links the libraries, never recompiles their sources.
function(add_unit_test name)
  cmake_parse_arguments(T "GUI" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE runbook_flags Qt6::Test ${T_LIBS})
  target_compile_definitions(${name} PRIVATE
    RUNBOOK_TEST_DATA="${CMAKE_SOURCE_DIR}/tests/data"
    RUNBOOK_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
  set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8" TIMEOUT 300)
  runbook_skip_fails(${name})
endfunction()

# A skipped test is a failed test: QtTest exits 0 after a QSKIP, so its
# "SKIP   :" line fails the test (and the exit code still counts). No test of
# ours is optional, so none sets SKIP_RETURN_CODE.
function(runbook_skip_fails test)
  set_tests_properties(${test} PROPERTIES FAIL_REGULAR_EXPRESSION "(^|\n)SKIP   : ")
endfunction()
