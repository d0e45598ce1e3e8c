# One INTERFACE target that every Voxnote target links: the language
# standard, the warnings and Qt's strictness macros live here and nowhere else.
add_library(voxnote_common INTERFACE)
add_library(Voxnote::common ALIAS voxnote_common)

target_compile_features(voxnote_common INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

# GCC 12 reports C++20 designated initializers that leave members at their
# defaults ({.title = …}) as missing initializers; that is their point.
target_compile_options(voxnote_common INTERFACE
    -Wall -Wextra -Wshadow -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
    -Wno-missing-field-initializers
    $<$<BOOL:${VOXNOTE_WERROR}>:-Werror>)

target_compile_definitions(voxnote_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    VOXNOTE_VERSION="${PROJECT_VERSION}")

if(VOXNOTE_SANITIZE)
    set(_voxnote_san "-fsanitize=${VOXNOTE_SANITIZE}")
    target_compile_options(voxnote_common INTERFACE ${_voxnote_san} -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    target_link_options(voxnote_common INTERFACE ${_voxnote_san})
else()
    # Debian's hardening defaults, which lintian looks for in the package.
    target_compile_definitions(voxnote_common INTERFACE $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
    target_compile_options(voxnote_common INTERFACE -fstack-protector-strong)
    target_link_options(voxnote_common INTERFACE -Wl,-z,relro -Wl,-z,now)
endif()
