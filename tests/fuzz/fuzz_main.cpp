// The libFuzzer entry of one harness: tests/fuzz/CMakeLists.txt builds this
// file once per harness with GOALS_FUZZ_TARGET naming its function in
// targets.h, so the harness and its regression tests run the same code.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "targets.h"

#ifndef GOALS_FUZZ_TARGET
#error "GOALS_FUZZ_TARGET names the harness function"
#endif

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  goals::fuzz::GOALS_FUZZ_TARGET(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
