#include "render/completion.h"

#include <memory>

#include "commands/command.h"
#include "goals/passes/lint.h"
#include "goals/passes/note_links.h"

namespace goals {

namespace {

/// What `goals __complete` lists.
enum class CompleteWhat { Notes, Goals, Rules };
constexpr Named<CompleteWhat> kCompleteWhatNames[] = {
    {"notes", CompleteWhat::Notes}, {"goals", CompleteWhat::Goals}, {"rules", CompleteWhat::Rules}};
constexpr std::span<const Named<CompleteWhat>> names_of(CompleteWhat) { return kCompleteWhatNames; }

struct CompletionOptions {
  Shell shell = Shell::Bash;
  CompleteWhat what = CompleteWhat::Notes;
};

/// The notes (or goal notes) as a [[link]] names them from the vault root:
/// the bare name when only one file has it, else the path, without ".md".
/// Runs at every Tab press, so it says nothing and fails quietly: no vault,
/// a missing folder or a broken config give no candidates, and exit 0.
void print_note_names(Session& s, bool goals_only) {
  const std::optional<std::string> root =
      find_vault_root(s.io.fs, s.options.vault, s.io.getenv("GOALS_VAULT"));
  if (!root || s.io.fs.kind(*root, /*follow=*/true) != EntryKind::Directory) return;
  const ConfigResult cfg = load_config(s.io.fs, *root);
  if (!cfg.ok()) return;
  const Vault vault = load_vault(s.io.fs, *root, cfg.config);
  std::unique_ptr<GoalGraph> graph;
  if (goals_only) graph = std::make_unique<GoalGraph>(GoalGraph::build(vault));
  // The shortest form whatever the vault's link settings: the name resolved
  // from the root, as `goals show` takes it.
  const NoteLinker linker(vault, "", LinkSettings{});
  for (std::size_t i = 0; i < vault.notes.size(); ++i) {
    const int note = static_cast<int>(i);
    if (!vault.is_ordinary(note)) continue;
    if (graph) {
      const int node = graph->node_of_note[i];
      if (node < 0 || graph->nodes[static_cast<std::size_t>(node)].kind != NodeKind::Goal) continue;
    }
    s.io.out << linker.target(note) << '\n';
  }
}

int run_complete(Session& s, CompleteWhat what) {
  switch (what) {
    case CompleteWhat::Rules:
      for (const auto& r : make_rules()) s.io.out << r->info().id << '\n';
      break;
    case CompleteWhat::Notes:
    case CompleteWhat::Goals:
      print_note_names(s, what == CompleteWhat::Goals);
      break;
  }
  return kExitOk;
}

}  // namespace

void setup_completion(CLI::App& app, Runner* run) {
  auto o = std::make_shared<CompletionOptions>();
  CLI::App* sub = app.add_subcommand("completion", "Print a shell completion script");
  sub->footer(
      "Install:\n"
      "  bash  goals completion bash > ~/.local/share/bash-completion/completions/goals\n"
      "  zsh   goals completion zsh > ~/.zfunc/_goals  (a folder on $fpath, before compinit)\n"
      "  fish  goals completion fish > ~/.config/fish/completions/goals.fish");
  add_choice(sub, "shell", &o->shell, "bash, zsh or fish")->required();
  // The root app outlives the run, so the script is generated from it then.
  CLI::App* root = &app;
  sub->callback([o, run, root] {
    *run = [o, root](Session& s) {
      s.io.out << completion_script(describe_cli(*root), o->shell);
      return kExitOk;
    };
  });

  // What the scripts call for values only the vault knows; hidden (no group).
  CLI::App* complete = app.add_subcommand(kCompleteCommand, "List completion candidates");
  complete->group("");
  add_choice(complete, "what", &o->what, "notes, goals or rules")->required();
  complete->callback([o, run] { *run = [o](Session& s) { return run_complete(s, o->what); }; });
}

}  // namespace goals
