# SPDX-License-Identifier: GPL-3.0-or-later
# packaging/install: `cmake --install` gives a working program, both into a staging tree
# (DESTDIR, prefix /usr, as a package is made) and into a plain prefix. The installed program
# prints its version, makes a database from the data compiled into it, checks it, refuses a
# damaged file, and opens its window.
#   cmake -DBUILD_DIR=… -DVERSION=… -DWORK_DIR=… [-DREADELF=…] -P install.cmake
cmake_minimum_required(VERSION 3.22)
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)
bridges_require(BUILD_DIR VERSION WORK_DIR)

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
# The installed program keeps its settings and data here, never in the user's.
set(ENV{HOME} ${WORK_DIR}/home)
set(ENV{XDG_CONFIG_HOME} ${WORK_DIR}/home/config)
set(ENV{XDG_DATA_HOME} ${WORK_DIR}/home/data)
set(ENV{XDG_CACHE_HOME} ${WORK_DIR}/home/cache)
set(ENV{QT_QPA_PLATFORM} offscreen)
set(ENV{LC_ALL} C.UTF-8)

# 1. Into a staging tree, as a package is made.
set(stage ${WORK_DIR}/stage)
set(ENV{DESTDIR} ${stage})
bridges_run(install COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix /usr)
unset(ENV{DESTDIR})
bridges_expect_status(install 0)
set(prefix ${stage}/usr)
foreach(file ${BRIDGES_INSTALLED_FILES})
    if(NOT EXISTS ${prefix}/${file})
        bridges_fail("not installed: /usr/${file}")
    endif()
endforeach()
file(GLOB_RECURSE installed RELATIVE ${stage} ${stage}/*)
foreach(file ${installed})
    if(file MATCHES "${BRIDGES_NOT_INSTALLED_REGEX}" OR NOT file MATCHES "^usr/")
        bridges_fail("installed, and it should not be: ${file}")
    endif()
endforeach()
file(GLOB programs RELATIVE ${prefix}/bin ${prefix}/bin/*)
if(NOT programs STREQUAL "bridges")
    bridges_fail("bin holds ${programs}, expected bridges alone")
endif()

# The installed program looks for nothing in the build tree: no run path into it.
if(READELF)
    bridges_run(readelf COMMAND ${READELF} -d ${prefix}/bin/bridges)
    bridges_expect_status(readelf 0)
    if(readelf_out MATCHES "R(UN)?PATH")
        bridges_fail("the installed program has a run path:\n${readelf_out}")
    endif()
endif()
# Nor in the source tree: the shipped data is compiled in. Run it from elsewhere.
set(bridges ${prefix}/bin/bridges)

bridges_run(version COMMAND ${bridges} --version WORKING_DIRECTORY ${WORK_DIR})
bridges_expect_status(version 0)
if(NOT version_out STREQUAL "bridges ${VERSION}\n")
    bridges_fail("bridges --version printed \"${version_out}\", expected \"bridges ${VERSION}\"")
endif()

# A new database made from the data compiled into the program, then checked.
set(database ${WORK_DIR}/made.sqlite)
bridges_run(export COMMAND ${bridges} export --what all --db ${database}
                           --out ${WORK_DIR}/everything.json WORKING_DIRECTORY ${WORK_DIR})
bridges_expect_status(export 0)
if(NOT EXISTS ${database})
    bridges_fail("bridges export --db ${database} made no database")
endif()
file(READ ${WORK_DIR}/everything.json everything)
if(NOT everything MATCHES "Nanjing" OR NOT everything MATCHES "南京")
    bridges_fail("the exported database lacks the shipped pairing Nanjing–St. Louis")
endif()

bridges_run(check COMMAND ${bridges} check --db ${database} WORKING_DIRECTORY ${WORK_DIR})
bridges_expect_status(check 0)
foreach(line "Integrity: ok" "References: ok" "Search index: ok" "Pairings: [1-9][0-9,]* "
             "Exchanges: [1-9][0-9,]* " "Places: [1-9][0-9,]* ")
    bridges_expect_match(check out "${line}")
endforeach()

# A file that is not a database is refused with a message, and one that is not there too.
file(WRITE ${WORK_DIR}/damaged.sqlite "This is not an SQLite database, only some text.\n")
bridges_run(damaged COMMAND ${bridges} check --db ${WORK_DIR}/damaged.sqlite)
bridges_expect_status(damaged 1)
bridges_expect_match(damaged err "^bridges check: .+")
bridges_run(missing COMMAND ${bridges} check --db ${WORK_DIR}/missing.sqlite)
bridges_expect_status(missing 1)
bridges_expect_match(missing err "there is no file")

# The window opens on the database and stays open until stopped (timeout's status 124),
# rather than failing to start (1) or crashing. A database it cannot open would also keep it
# running, behind a message box: the message it prints first ("bridges: …") must not come.
find_program(TIMEOUT timeout REQUIRED)
bridges_run(window COMMAND ${TIMEOUT} 5 ${bridges} ${database} WORKING_DIRECTORY ${WORK_DIR})
bridges_expect_status(window 124)
if(window_err MATCHES "(^|\n)bridges: ")
    bridges_fail("the installed program did not open ${database}:\n${window_err}")
endif()

# 2. Into a plain prefix, as `cmake --install build --prefix ~/opt/bridges` does.
set(plain ${WORK_DIR}/prefix)
bridges_run(install_plain COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${plain})
bridges_expect_status(install_plain 0)
foreach(file ${BRIDGES_INSTALLED_FILES})
    if(NOT EXISTS ${plain}/${file})
        bridges_fail("not installed into ${plain}: ${file}")
    endif()
endforeach()
bridges_run(plain_check COMMAND ${plain}/bin/bridges check --db ${database})
bridges_expect_status(plain_check 0)
bridges_expect_match(plain_check out "Integrity: ok")

message(STATUS "installed, ran and checked: ${prefix}/bin/bridges ${VERSION}")
