# Embeds data files (instruments, UI strings, fonts) into a C++ source file, so
# the CLI, the desktop window, the browser and the tests all read the same bytes
# without touching a file system.
#
#   spegeln_embed(OUTPUT <file.cpp> FUNCTION <name> BASE <dir> FILES <f1> <f2> ...)
#
# generates `std::span<const spegeln::EmbeddedFile> <name>()` whose entries are
# named by their path relative to BASE ("instruments/skane.json"). JSON files lose
# their line breaks and indentation on the way (embed_files.cmake); the data is the same.

set(SPEGELN_EMBED_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/embed_files.cmake)

function(spegeln_embed)
  cmake_parse_arguments(E "" "OUTPUT;FUNCTION;BASE" "FILES" ${ARGN})
  add_custom_command(
    OUTPUT ${E_OUTPUT}
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${E_OUTPUT} -DFUNCTION=${E_FUNCTION} -DBASE=${E_BASE}
            "-DFILES=${E_FILES}" -P ${SPEGELN_EMBED_SCRIPT}
    DEPENDS ${E_FILES} ${SPEGELN_EMBED_SCRIPT}
    COMMENT "Bäddar in ${E_FUNCTION}"
    VERBATIM)
endfunction()
