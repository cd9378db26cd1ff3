# SPDX-License-Identifier: GPL-3.0-or-later
# packaging/metadata: the desktop file and the AppStream metainfo are valid (desktop-file-validate,
# appstreamcli validate --no-net, each when installed), name each other and the icon, and the
# metainfo's newest release is the version the project builds.
#   cmake -DPACKAGING_DIR=… -DVERSION=… [-DAPPSTREAMCLI=…] [-DDESKTOP_FILE_VALIDATE=…]
#         -P metadata.cmake
cmake_minimum_required(VERSION 3.22)
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)
bridges_require(PACKAGING_DIR VERSION)

set(id org.bridges.Bridges)
set(desktop ${PACKAGING_DIR}/${id}.desktop)
set(metainfo ${PACKAGING_DIR}/${id}.metainfo.xml)

if(APPSTREAMCLI)
    bridges_run(appstream COMMAND ${APPSTREAMCLI} validate --no-net --no-color ${metainfo})
    bridges_expect_status(appstream 0)
else()
    message(STATUS "appstreamcli not found (Debian: appstream): the metainfo is not validated")
endif()
if(DESKTOP_FILE_VALIDATE)
    bridges_run(desktopfile COMMAND ${DESKTOP_FILE_VALIDATE} ${desktop})
    bridges_expect_status(desktopfile 0)
    # It prints hints and warnings without failing: there must be none.
    if(NOT desktopfile_out STREQUAL "" OR NOT desktopfile_err STREQUAL "")
        bridges_fail("desktop-file-validate: ${desktopfile_out}${desktopfile_err}")
    endif()
else()
    message(STATUS "desktop-file-validate not found (Debian: desktop-file-utils): "
                   "the desktop file is not validated")
endif()

file(READ ${desktop} entry)
foreach(line "Exec=bridges( %[fF])?" "Icon=${id}" "Name\\[zh_CN\\]=[^\n]+"
             "Comment\\[zh_CN\\]=[^\n]+" "Categories=[^\n]*Education[^\n]*")
    if(NOT entry MATCHES "\n${line}\n")
        bridges_fail("${desktop} has no line ${line}")
    endif()
endforeach()

file(READ ${metainfo} info)
foreach(element "<id>${id}</id>" "<launchable type=\"desktop-id\">${id}.desktop</launchable>"
                "<project_license>GPL-3.0-or-later</project_license>"
                "<metadata_license>CC0-1.0</metadata_license>" "<binary>bridges</binary>"
                "<content_rating type=\"oars-1.1\"")
    string(FIND "${info}" "${element}" at)
    if(at EQUAL -1)
        bridges_fail("${metainfo} lacks ${element}")
    endif()
endforeach()
# The first release listed is the newest: the version in CMakeLists.txt's project().
string(REGEX MATCH "<release version=\"([^\"]*)\"" release "${info}")
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    bridges_fail("the metainfo's newest release is \"${CMAKE_MATCH_1}\", the project's "
                 "version ${VERSION}: add a <release> for it")
endif()

foreach(icon icons/${id}.svg icons/16x16/${id}.png icons/256x256/${id}.png)
    if(NOT EXISTS ${PACKAGING_DIR}/${icon})
        bridges_fail("no icon ${PACKAGING_DIR}/${icon}")
    endif()
endforeach()
message(STATUS "desktop file and metainfo of ${id} ${VERSION}: fine")
