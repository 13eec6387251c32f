/// Test helper: a vault loaded and graphed, from memory or from examples/.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "goals/io/memory_filesystem.h"
#include "goals/model/graph.h"
#include "goals/model/vault.h"
#include "goals/parse/config.h"

namespace goals {

/// A vault loaded and graphed, from memory or from examples/.
struct Loaded {
  std::unique_ptr<Vault> vault;
  GoalGraph graph;

  int node(const std::string& path) const {
    const int n = vault->find_note(path);
    EXPECT_GE(n, 0) << path;
    return n < 0 ? -1 : graph.node_of_note[n];
  }
  std::string path_of_node(int node) const {
    return node < 0 ? "(none)" : vault->notes[graph.nodes[node].note].path;
  }
  std::vector<std::string> titles(const std::vector<int>& nodes) const {
    std::vector<std::string> out;
    for (int n : nodes) out.push_back(graph.nodes[n].title);
    return out;
  }
};

inline Loaded load(const FileSystem& fs, const std::string& root) {
  Loaded l;
  LoadOptions options;
  options.threads = 1;
  l.vault = std::make_unique<Vault>(load_vault(fs, root, load_config(fs, root).config, options));
  l.graph = GoalGraph::build(*l.vault);
  return l;
}

inline Loaded load_files(const std::map<std::string, std::string>& files) {
  MemoryFileSystem fs("/v");
  fs.add_dir("/v/.obsidian");
  for (const auto& [path, text] : files) fs.add_file("/v/" + path, text);
  return load(fs, "/v");
}

inline Loaded load_example(const std::string& name) {
  static const RealFileSystem fs;
  return load(fs, (std::filesystem::path(GOALS_SOURCE_DIR) / "examples" / name).string());
}

}  // namespace goals
