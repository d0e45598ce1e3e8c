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
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "qt6-qpa-plugins, qt6-image-formats-plugins, libqt6svg6, tesseract-ocr-eng, tesseract-ocr-osd, espeak-ng-data, pocketsphinx-en-us")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "tesseract-ocr-kor, fonts-nanum")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Record or import audio and get a local transcript, OCR images, read any\n text aloud, keep notes and track a small team's tasks, all offline.")
include(CPack)
