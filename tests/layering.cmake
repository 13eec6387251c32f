# Checks that every stage of the pipeline includes only itself and the stages
# below it (docs/architecture.md). Run as
#   cmake -DROOT=<dir holding src/ and include/goals/> -P tests/layering.cmake
# and fails, listing each offending #include, when a lower stage includes a
# higher one. tests/fixtures/layering/ holds a tree that must fail.
cmake_minimum_required(VERSION 3.25)
if(NOT ROOT)
  message(FATAL_ERROR "layering: pass -DROOT=<source dir>")
endif()

# What each stage may include, besides itself.
set(below_support "")
set(below_io support)
set(below_parse support io)
set(below_model support io parse)
set(below_passes support io parse model)
set(below_rules support io parse model passes)
set(below_write support io parse model passes)
set(below_render support io parse model passes)
set(below_commands support io parse model passes rules write render)
set(stages support io parse model passes rules write render commands)

file(GLOB_RECURSE files RELATIVE ${ROOT}
  ${ROOT}/src/*.h ${ROOT}/src/*.cpp ${ROOT}/include/goals/*.h)
set(bad "")
set(checked 0)
foreach(file ${files})
  # The stage a file belongs to: src/<stage>/... or include/goals/<stage>/...
  if(file MATCHES "^(src|include/goals)/([a-z_]+)/")
    set(stage ${CMAKE_MATCH_2})
  else()
    continue()  # src/cli.cpp, src/main.cpp, include/goals/cli.h: the top, may include anything
  endif()
  if(NOT stage IN_LIST stages)
    string(APPEND bad "  ${file}: folder '${stage}' is no stage of the pipeline\n")
    continue()
  endif()
  math(EXPR checked "${checked} + 1")
  file(STRINGS ${ROOT}/${file} includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
  foreach(line ${includes})
    string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]*)\".*" "\\1" target "${line}")
    string(REGEX REPLACE "^goals/" "" target "${target}")
    if(target MATCHES "^([a-z_]+)/")
      set(to ${CMAKE_MATCH_1})
    elseif(target STREQUAL "cli.h")
      set(to top)
    else()
      continue()  # a header beside the file, or a library's
    endif()
    if(to STREQUAL stage OR to IN_LIST below_${stage})
      continue()
    endif()
    string(APPEND bad "  ${file}: ${stage}/ includes ${to}/ (\"${target}\")\n")
  endforeach()
endforeach()

if(checked EQUAL 0)
  message(FATAL_ERROR "layering: no source files under ${ROOT}/src or ${ROOT}/include/goals")
endif()
if(bad)
  message(FATAL_ERROR "layering: a stage includes one above it:\n${bad}")
endif()
message(STATUS "layering: ${checked} files include only their own stage and those below")
