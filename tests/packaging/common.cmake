# SPDX-License-Identifier: GPL-3.0-or-later
# What the packaging tests (cmake -P scripts) share: running a program and checking what it
# did. Any failed check stops the script with FATAL_ERROR, which fails the test.

# bridges_run(<prefix> COMMAND <program> <arguments>...): runs the program, leaving its exit
# status, standard output and standard error in <prefix>_rc, <prefix>_out and <prefix>_err.
function(bridges_run prefix)
    cmake_parse_arguments(ARG "" "WORKING_DIRECTORY" "COMMAND" ${ARGN})
    if(NOT ARG_WORKING_DIRECTORY)
        set(ARG_WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
    endif()
    execute_process(COMMAND ${ARG_COMMAND}
                    WORKING_DIRECTORY ${ARG_WORKING_DIRECTORY}
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    string(REPLACE ";" " " shown "${ARG_COMMAND}")
    message(STATUS "$ ${shown}  → ${rc}")
    set(${prefix}_rc "${rc}" PARENT_SCOPE)
    set(${prefix}_out "${out}" PARENT_SCOPE)
    set(${prefix}_err "${err}" PARENT_SCOPE)
endfunction()

# bridges_fail(<what>...): stops the test with a message.
function(bridges_fail)
    string(JOIN "" text ${ARGN})
    message(FATAL_ERROR "${text}")
endfunction()

# bridges_expect_status(<prefix> <status>): the last run of <prefix> ended with <status>.
function(bridges_expect_status prefix status)
    if(NOT "${${prefix}_rc}" STREQUAL "${status}")
        bridges_fail("${prefix}: exit status ${${prefix}_rc}, expected ${status}\n"
                     "standard output:\n${${prefix}_out}\nstandard error:\n${${prefix}_err}")
    endif()
endfunction()

# bridges_expect_match(<prefix> <out|err> <regex>): its output matches the regular expression.
function(bridges_expect_match prefix stream regex)
    if(NOT "${${prefix}_${stream}}" MATCHES "${regex}")
        bridges_fail("${prefix}: standard ${stream} does not match \"${regex}\":\n"
                     "${${prefix}_${stream}}")
    endif()
endfunction()

# bridges_require(<variable>...): the script was given these (-D<variable>=…).
function(bridges_require)
    foreach(variable ${ARGN})
        if(NOT DEFINED ${variable} OR "${${variable}}" STREQUAL "")
            bridges_fail("the test needs -D${variable}=…")
        endif()
    endforeach()
endfunction()

# The files `cmake --install` and the package put under the prefix, relative to it.
set(BRIDGES_INSTALLED_FILES
    bin/bridges
    share/applications/org.bridges.Bridges.desktop
    share/metainfo/org.bridges.Bridges.metainfo.xml
    share/icons/hicolor/scalable/apps/org.bridges.Bridges.svg
    share/doc/bridges/copyright)
foreach(size 16 24 32 48 64 128 256)
    list(APPEND BRIDGES_INSTALLED_FILES
         share/icons/hicolor/${size}x${size}/apps/org.bridges.Bridges.png)
endforeach()

# Programs of the build that must never be installed: tests, benchmarks, helpers.
set(BRIDGES_NOT_INSTALLED_REGEX "(tst_|benchmark|edit_worker|fuzz_|\\.a$|\\.h$)")
