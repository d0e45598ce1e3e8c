# CPack: `cmake --build build --target package` makes a .deb whose Depends
# come from dpkg-shlibdeps plus the data packages the engines load at run time.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "voxnote")
set(CPACK_PACKAGE_VENDOR "Voxnote")
set(CPACK_PACKAGE_CONTACT "Voxnote developers <dev@voxnote.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The package carries a stripped binary; the build tree keeps the symbols.
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "qt6-qpa-plugins, qt6-image-formats-plugins, libqt6svg6, tesseract-ocr-eng, tesseract-ocr-osd, espeak-ng-data, pocketsphinx-en-us")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "tesseract-ocr-kor, fonts-nanum")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Record or import audio and get a local transcript, OCR images, read any\n text aloud, keep notes and track a small team's tasks, all offline.")

# What Debian policy asks of every package (lintian checks it; what it still
# reports is explained in packaging/deb/README.md): the copyright file,
# a changelog whose newest entry is this version, and a manual page, the last
# two compressed reproducibly (gzip -n: no name or time in the header).
set(_voxnote_deb ${PROJECT_SOURCE_DIR}/packaging/deb)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
    ${_voxnote_deb}/changelog ${_voxnote_deb}/voxnote.1)
file(STRINGS ${_voxnote_deb}/changelog _voxnote_newest LIMIT_COUNT 1)
if(NOT _voxnote_newest MATCHES "^voxnote \\(${PROJECT_VERSION}\\) ")
    message(FATAL_ERROR "packaging/deb/changelog starts with '${_voxnote_newest}': "
        "its newest entry must be version ${PROJECT_VERSION}, the project's.")
endif()
file(MAKE_DIRECTORY ${PROJECT_BINARY_DIR}/packaging)
foreach(_voxnote_doc changelog voxnote.1)
    execute_process(COMMAND gzip -9nc ${_voxnote_deb}/${_voxnote_doc}
        OUTPUT_FILE ${PROJECT_BINARY_DIR}/packaging/${_voxnote_doc}.gz
        COMMAND_ERROR_IS_FATAL ANY)
endforeach()
install(FILES ${_voxnote_deb}/copyright ${PROJECT_BINARY_DIR}/packaging/changelog.gz
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/voxnote)
install(FILES ${PROJECT_BINARY_DIR}/packaging/voxnote.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

include(CPack)
