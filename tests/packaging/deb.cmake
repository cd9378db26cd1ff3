# SPDX-License-Identifier: GPL-3.0-or-later
# packaging/deb: CPack makes the Debian package, which holds the program, the desktop file,
# the metainfo and the icons (and no test), depends on Debian's Qt 6 packages, and whose
# program runs once unpacked.
#   cmake -DBUILD_DIR=… -DVERSION=… -DWORK_DIR=… -DCPACK=… -DDPKG_DEB=… [-DFILE=…] -P deb.cmake
cmake_minimum_required(VERSION 3.22)
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)
bridges_require(BUILD_DIR VERSION WORK_DIR CPACK DPKG_DEB)

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(ENV{QT_QPA_PLATFORM} offscreen)
set(ENV{LC_ALL} C.UTF-8)
set(ENV{HOME} ${WORK_DIR}/home)

bridges_run(cpack COMMAND ${CPACK} -G DEB --config ${BUILD_DIR}/CPackConfig.cmake
                                   -B ${WORK_DIR} WORKING_DIRECTORY ${WORK_DIR})
bridges_expect_status(cpack 0)
file(GLOB debs ${WORK_DIR}/bridges_*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
    bridges_fail("cpack made ${count} packages (${debs}), expected one bridges_*.deb:\n"
                 "${cpack_out}${cpack_err}")
endif()
set(deb ${debs})
get_filename_component(name ${deb} NAME)
if(NOT name MATCHES "^bridges_${VERSION}_[a-z0-9]+\\.deb$")
    bridges_fail("the package is named ${name}, expected bridges_${VERSION}_<arch>.deb")
endif()

# The files.
bridges_run(contents COMMAND ${DPKG_DEB} --contents ${deb})
bridges_expect_status(contents 0)
foreach(file ${BRIDGES_INSTALLED_FILES})
    string(REGEX REPLACE "([.+])" "\\\\\\1" pattern "${file}")
    bridges_expect_match(contents out " \\./usr/${pattern}\n")
endforeach()
string(REGEX MATCHALL " \\./[^\n]*" paths "${contents_out}")
foreach(path ${paths})
    if(path MATCHES "${BRIDGES_NOT_INSTALLED_REGEX}" OR NOT path MATCHES "^ \\./(usr/)?$|^ \\./usr/")
        bridges_fail("the package holds${path}, which it should not")
    endif()
endforeach()

# The control fields.
bridges_run(fields COMMAND ${DPKG_DEB} --field ${deb} Package Version Section Maintainer Depends)
bridges_expect_status(fields 0)
bridges_expect_match(fields out "Package: bridges\n")
bridges_expect_match(fields out "Version: ${VERSION}\n")
bridges_expect_match(fields out "Section: education\n")
bridges_expect_match(fields out "Maintainer: [^\n]+<[^\n]+@[^\n]+>\n")
string(REGEX MATCH "Depends: [^\n]*" depends "${fields_out}")
# Found by dpkg-shlibdeps from what the program links, and named for Qt's plug-ins.
foreach(package libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6charts6 libqt6svg6
                libqt6concurrent6 libqt6keychain1 libqt6sql6-sqlite libqt6sql6-psql)
    if(NOT depends MATCHES "(^Depends: |, )${package}( \\([^)]*\\))?(,|$)")
        bridges_fail("the package does not depend on ${package}: ${depends}")
    endif()
endforeach()

# The program in it, unpacked: stripped, and it runs.
set(unpacked ${WORK_DIR}/unpacked)
bridges_run(extract COMMAND ${DPKG_DEB} --extract ${deb} ${unpacked})
bridges_expect_status(extract 0)
if(FILE)
    bridges_run(file COMMAND ${FILE} -L ${unpacked}/usr/bin/bridges)
    bridges_expect_match(file out "ELF [^\n]*executable|ELF [^\n]*shared object")
    if(file_out MATCHES "not stripped|with debug_info")
        bridges_fail("the packaged program is not stripped: ${file_out}")
    endif()
endif()
bridges_run(version COMMAND ${unpacked}/usr/bin/bridges --version)
bridges_expect_status(version 0)
if(NOT version_out STREQUAL "bridges ${VERSION}\n")
    bridges_fail("the packaged bridges --version printed \"${version_out}\"")
endif()

# The translations are in the program: asked in Chinese (as the system's language), the chart it
# draws is titled in Chinese.
set(home ${WORK_DIR}/home)
set(database ${WORK_DIR}/made.sqlite)
bridges_run(made COMMAND ${CMAKE_COMMAND} -E env HOME=${home} QT_QPA_PLATFORM=offscreen
                         ${unpacked}/usr/bin/bridges export --what pairings --db ${database}
                         --out ${WORK_DIR}/pairings.csv)
bridges_expect_status(made 0)
bridges_run(chinese COMMAND ${CMAKE_COMMAND} -E env HOME=${home} QT_QPA_PLATFORM=offscreen
                            LANGUAGE=zh_CN LC_ALL=C.UTF-8
                            ${unpacked}/usr/bin/bridges export-chart --db ${database}
                            --out ${WORK_DIR}/chart.svg)
bridges_expect_status(chinese 0)
file(READ ${WORK_DIR}/chart.svg chart)
if(NOT chart MATCHES "结好关系")
    bridges_fail("the packaged program drew no Chinese title with LANGUAGE=zh_CN")
endif()

message(STATUS "${name}: ${depends}")
