#include "render/completion.h"

#include <algorithm>
#include <sstream>

namespace goals {

namespace {

// The scripts share one shape: tables generated from the model (which
// subcommands a command has, which options it takes, what each option's or
// positional's value is), and a fixed walk over the words typed so far that
// finds the current command and what the word under the cursor should be.
// The walk is the same in each shell so that they complete the same things.

/// What a value is, as the scripts' tables say it: "choice a b c", "path",
/// "dir", "note", "goal", "rule" or "text" (anything typed freely).
std::string kind_word(const OptionSpec& o) {
  switch (o.kind) {
    case ValueKind::None:
      return "";
    case ValueKind::Choice: {
      std::string w = "choice";
      for (const std::string& c : o.choices) w += " " + c;
      return w;
    }
    case ValueKind::Path:
      return "path";
    case ValueKind::Directory:
      return "dir";
    case ValueKind::Note:
      return "note";
    case ValueKind::Goal:
      return "goal";
    case ValueKind::Rule:
      return "rule";
    case ValueKind::Text:
    case ValueKind::Date:
      return "text";
  }
  return "text";
}

/// A table key and the value kind it maps to: an option name, or `#N` for
/// the Nth positional (`open`: the Nth and every one after, a repeatable last).
struct ValueEntry {
  std::string key;
  bool open = false;
  std::string kind;
};

/// One command of the tree, flattened: its path and what completes under it.
struct Flat {
  std::string path;
  std::vector<std::string> subcommands;
  std::vector<std::string> options;  ///< its own and those of the commands above (not the root)
  std::vector<ValueEntry> values;    ///< options that take a value, then positionals
};

void add_options(const CommandSpec& c, Flat* f) {
  for (const OptionSpec& o : c.options) {
    if (o.positional) continue;
    for (const std::string& n : o.names) {
      if (std::find(f->options.begin(), f->options.end(), n) != f->options.end()) continue;
      f->options.push_back(n);
      if (o.kind != ValueKind::None) f->values.push_back({n, false, kind_word(o)});
    }
  }
}

/// Every command below the root, depth first; `above` are the commands
/// between the root and `c`, whose options `c` falls through to.
void flatten(const CommandSpec& c, std::vector<const CommandSpec*> above, std::vector<Flat>* out) {
  Flat f;
  f.path = c.path;
  for (const CommandSpec& s : c.subcommands) f.subcommands.push_back(s.name);
  add_options(c, &f);
  for (auto it = above.rbegin(); it != above.rend(); ++it) add_options(**it, &f);
  int n = 0;
  for (const OptionSpec& o : c.options) {
    if (!o.positional) continue;
    ++n;
    f.values.push_back({"#" + std::to_string(n), o.repeatable, kind_word(o)});
  }
  out->push_back(f);
  above.push_back(&c);
  for (const CommandSpec& s : c.subcommands) flatten(s, above, out);
}

struct Model {
  std::string name;                  ///< the tool's name, "goals"
  std::vector<std::string> globals;  ///< the root's option names
  std::vector<ValueEntry> global_values;
  std::vector<std::string> root_subcommands;
  std::vector<Flat> commands;  ///< below the root
};

Model model_of(const CommandSpec& root) {
  Model m;
  m.name = root.name;
  Flat r;
  add_options(root, &r);
  m.globals = r.options;
  m.global_values = r.values;
  for (const CommandSpec& s : root.subcommands) {
    m.root_subcommands.push_back(s.name);
    flatten(s, {}, &m.commands);
  }
  // Every command takes the root's options; listing `--help` twice would
  // offer it twice.
  for (Flat& f : m.commands)
    std::erase_if(f.options, [&](const std::string& n) {
      return std::find(m.globals.begin(), m.globals.end(), n) != m.globals.end();
    });
  return m;
}

std::string joined(const std::vector<std::string>& words) {
  std::string s;
  for (const std::string& w : words) s += (s.empty() ? "" : " ") + w;
  return s;
}

/// `s` single-quoted for bash and zsh.
std::string sh_quote(const std::string& s) {
  std::string q = "'";
  for (char ch : s) q += ch == '\'' ? std::string("'\\''") : std::string(1, ch);
  return q + "'";
}

/// `s` single-quoted for fish, where \ and ' are escaped inside quotes.
std::string fish_quote(const std::string& s) {
  std::string q = "'";
  for (char ch : s) {
    if (ch == '\'' || ch == '\\') q += '\\';
    q += ch;
  }
  return q + "'";
}

/// A function name of the script: `__goals_values`.
std::string fn(const Model& m, const char* what) { return "__" + m.name + "_" + what; }

/// The tables as bash and zsh both read them: case statements setting REPLY.
void sh_tables(std::ostream& os, const Model& m) {
  os << "# The subcommands of command $1 (a path: '' for " << m.name << ", 'new' ...).\n"
     << fn(m, "subcommands") << "() {\n  case $1 in\n"
     << "    '') REPLY=" << sh_quote(joined(m.root_subcommands)) << " ;;\n";
  for (const Flat& f : m.commands)
    if (!f.subcommands.empty())
      os << "    " << sh_quote(f.path) << ") REPLY=" << sh_quote(joined(f.subcommands)) << " ;;\n";
  os << "    *) REPLY='' ;;\n  esac\n}\n\n";

  os << "# The options command $1 takes: its own, those above it and the global ones.\n"
     << fn(m, "options") << "() {\n  case $1 in\n";
  for (const Flat& f : m.commands)
    if (!f.options.empty())
      os << "    " << sh_quote(f.path) << ") REPLY=" << sh_quote(joined(f.options)) << " ;;\n";
  os << "    *) REPLY='' ;;\n  esac\n"
     << "  REPLY=\"$REPLY " << joined(m.globals) << "\"\n}\n\n";

  os << "# What follows option $2 of command $1, or its positional #N: 'choice WORD...',\n"
     << "# path, dir, note, goal, rule or text; '' for a flag.\n"
     << fn(m, "value") << "() {\n  case \"$1|$2\" in\n";
  for (const Flat& f : m.commands)
    for (const ValueEntry& v : f.values)
      os << "    " << sh_quote(f.path + "|" + v.key) << (v.open ? "*" : "")
         << ") REPLY=" << sh_quote(v.kind) << " ;;\n";
  for (const ValueEntry& v : m.global_values)
    os << "    *" << sh_quote("|" + v.key) << ") REPLY=" << sh_quote(v.kind) << " ;;\n";
  os << "    *) REPLY='' ;;\n  esac\n}\n\n";
}

void bash_script(std::ostream& os, const Model& m) {
  const std::string& g = m.name;
  os << "# bash completion for " << g << ", generated by `" << g << " completion bash`.\n"
     << "# Install: " << g << " completion bash > ~/.local/share/bash-completion/completions/" << g
     << "\n\n";
  sh_tables(os, m);
  os << "# A typed word as the shell will pass it: quotes and backslashes removed, ~ expanded.\n"
     << fn(m, "dequote") << "() {\n"
     << "  local w=$1\n"
     << "  w=${w//\\\\/}\n"
     << "  w=${w//\\\"/}\n"
     << "  w=${w//\\'/}\n"
     << "  REPLY=${w/#\\~/$HOME}\n"
     << "}\n\n";
  os << "# Values only the vault knows, from `" << g << " " << kCompleteCommand
     << " notes|goals|rules`,\n"
     << "# escaped with printf %q since titles hold spaces.\n"
     << fn(m, "dynamic") << "() {\n"
     << "  local what=$1 vault=$2 prefix c\n"
     << "  local -a args=()\n"
     << "  " << fn(m, "dequote") << " \"${COMP_WORDS[0]}\"\n"
     << "  local tool=$REPLY\n"
     << "  if [[ -n $vault ]]; then " << fn(m, "dequote")
     << " \"$vault\"; args=(--vault \"$REPLY\"); fi\n"
     << "  " << fn(m, "dequote") << " \"$cur\"\n"
     << "  prefix=$REPLY\n"
     << "  while IFS= read -r c; do\n"
     << "    [[ -n $c && $c == \"$prefix\"* ]] && COMPREPLY+=(\"$(printf '%q' \"$c\")\")\n"
     << "  done < <(command \"$tool\" \"${args[@]}\" " << kCompleteCommand
     << " \"$what\" 2>/dev/null)\n"
     << "}\n\n";
  os << "_" << g << "() {\n"
     << "  local cur=${COMP_WORDS[COMP_CWORD]} cmd='' vault='' word kind='' REPLY\n"
     << "  local -i i=1 n=0\n"
     << "  COMPREPLY=()\n"
     << "  # Walk the words before the cursor: subcommands make the path, options\n"
     << "  # that take a value skip it (bash splits --opt=value at '=').\n"
     << "  while (( i < COMP_CWORD )); do\n"
     << "    word=${COMP_WORDS[i]}\n"
     << "    case $word in\n"
     << "      --vault=*) vault=${word#*=} ;;\n"
     << "      -*)\n"
     << "        " << fn(m, "value") << " \"$cmd\" \"$word\"\n"
     << "        if [[ -n $REPLY ]]; then\n"
     << "          (( i++ ))\n"
     << "          [[ ${COMP_WORDS[i]} == = ]] && (( i++ ))\n"
     << "          if (( i >= COMP_CWORD )); then kind=$REPLY; break; fi\n"
     << "          [[ $word == --vault ]] && vault=${COMP_WORDS[i]}\n"
     << "        fi ;;\n"
     << "      *)\n"
     << "        " << fn(m, "subcommands") << " \"$cmd\"\n"
     << "        if (( n == 0 )) && [[ \" $REPLY \" == *\" $word \"* ]]; then\n"
     << "          cmd=${cmd:+$cmd }$word\n"
     << "        else\n"
     << "          (( n++ ))\n"
     << "        fi ;;\n"
     << "    esac\n"
     << "    (( i++ ))\n"
     << "  done\n"
     << "  [[ $cur == = ]] && cur=''\n"
     << "  if [[ -z $kind ]]; then\n"
     << "    if [[ $cur == -* ]]; then\n"
     << "      " << fn(m, "options") << " \"$cmd\"\n"
     << "      mapfile -t COMPREPLY < <(compgen -W \"$REPLY\" -- \"$cur\")\n"
     << "      return\n"
     << "    fi\n"
     << "    " << fn(m, "subcommands") << " \"$cmd\"\n"
     << "    if (( n == 0 )) && [[ -n $REPLY ]]; then\n"
     << "      mapfile -t COMPREPLY < <(compgen -W \"$REPLY\" -- \"$cur\")\n"
     << "      return\n"
     << "    fi\n"
     << "    " << fn(m, "value") << " \"$cmd\" \"#$(( n + 1 ))\"\n"
     << "    kind=$REPLY\n"
     << "  fi\n"
     << "  case $kind in\n"
     << "    choice\\ *) mapfile -t COMPREPLY < <(compgen -W \"${kind#choice }\" -- \"$cur\") ;;\n"
     << "    path)\n"
     << "      if declare -F _filedir >/dev/null; then _filedir; else\n"
     << "        compopt -o filenames; mapfile -t COMPREPLY < <(compgen -f -- \"$cur\"); fi ;;\n"
     << "    dir)\n"
     << "      if declare -F _filedir >/dev/null; then _filedir -d; else\n"
     << "        compopt -o filenames; mapfile -t COMPREPLY < <(compgen -d -- \"$cur\"); fi ;;\n"
     << "    note | goal | rule) " << fn(m, "dynamic") << " \"${kind}s\" \"$vault\" ;;\n"
     << "  esac\n"
     << "}\n\n"
     << "complete -F _" << g << " " << g << "\n";
}

void zsh_script(std::ostream& os, const Model& m) {
  const std::string& g = m.name;
  os << "#compdef " << g << "\n"
     << "# zsh completion for " << g << ", generated by `" << g << " completion zsh`.\n"
     << "# Install: save it as a file named _" << g
     << " in a folder on $fpath, before compinit runs:\n"
     << "#   " << g << " completion zsh > ~/.zfunc/_" << g
     << "   # with fpath=(~/.zfunc $fpath) in ~/.zshrc\n\n";
  sh_tables(os, m);
  os << "_" << g << "() {\n"
     << "  local cmd='' vault='' word kind='' REPLY cur=${words[CURRENT]}\n"
     << "  integer i=2 n=0\n"
     << "  # Walk the words before the cursor: subcommands make the path, options\n"
     << "  # that take a value skip it.\n"
     << "  while (( i < CURRENT )); do\n"
     << "    word=${words[i]}\n"
     << "    case $word in\n"
     << "      --vault=*) vault=${(Q)word#*=} ;;\n"
     << "      -*)\n"
     << "        " << fn(m, "value") << " \"$cmd\" \"$word\"\n"
     << "        if [[ -n $REPLY ]]; then\n"
     << "          (( i++ ))\n"
     << "          if (( i >= CURRENT )); then kind=$REPLY; break; fi\n"
     << "          [[ $word == --vault ]] && vault=${(Q)words[i]}\n"
     << "        fi ;;\n"
     << "      *)\n"
     << "        " << fn(m, "subcommands") << " \"$cmd\"\n"
     << "        if (( n == 0 )) && [[ \" $REPLY \" == *\" $word \"* ]]; then\n"
     << "          cmd=${cmd:+$cmd }$word\n"
     << "        else\n"
     << "          (( n++ ))\n"
     << "        fi ;;\n"
     << "    esac\n"
     << "    (( i++ ))\n"
     << "  done\n"
     << "  if [[ -z $kind ]]; then\n"
     << "    if [[ $cur == --*=* ]]; then\n"
     << "      " << fn(m, "value") << " \"$cmd\" \"${cur%%=*}\"\n"
     << "      kind=$REPLY\n"
     << "      compset -P '*='\n"
     << "    elif [[ $cur == -* ]]; then\n"
     << "      " << fn(m, "options") << " \"$cmd\"\n"
     << "      compadd -- ${=REPLY}\n"
     << "      return\n"
     << "    else\n"
     << "      " << fn(m, "subcommands") << " \"$cmd\"\n"
     << "      if (( n == 0 )) && [[ -n $REPLY ]]; then\n"
     << "        compadd -- ${=REPLY}\n"
     << "        return\n"
     << "      fi\n"
     << "      " << fn(m, "value") << " \"$cmd\" \"#$(( n + 1 ))\"\n"
     << "      kind=$REPLY\n"
     << "    fi\n"
     << "  fi\n"
     << "  local -a args values\n"
     << "  case $kind in\n"
     << "    choice\\ *) compadd -- ${=kind#choice } ;;\n"
     << "    path) _files ;;\n"
     << "    dir) _files -/ ;;\n"
     << "    note | goal | rule)\n"
     << "      # Values only the vault knows; compadd quotes the spaces in titles.\n"
     << "      [[ -n $vault ]] && args=(--vault \"$vault\")\n"
     << "      values=(${(f)\"$(command ${(Q)words[1]} \"${args[@]}\" " << kCompleteCommand
     << " ${kind}s 2>/dev/null)\"})\n"
     << "      compadd -- \"${values[@]}\" ;;\n"
     << "  esac\n"
     << "}\n\n"
     << "# Autoloaded from $fpath this file is _" << g << "'s body; sourced, it registers it.\n"
     << "if [[ $funcstack[1] == _" << g << " ]]; then\n"
     << "  _" << g << " \"$@\"\n"
     << "else\n"
     << "  compdef _" << g << " " << g << "\n"
     << "fi\n";
}

void fish_script(std::ostream& os, const Model& m) {
  const std::string& g = m.name;
  os << "# fish completion for " << g << ", generated by `" << g << " completion fish`.\n"
     << "# Install: " << g << " completion fish > ~/.config/fish/completions/" << g << ".fish\n\n";

  os << "# The subcommands of command $argv[1] (a path: '' for " << g << ", 'new' ...).\n"
     << "function " << fn(m, "subcommands") << "\n    switch \"$argv[1]\"\n"
     << "        case ''\n            string split ' ' -- "
     << fish_quote(joined(m.root_subcommands)) << "\n";
  for (const Flat& f : m.commands)
    if (!f.subcommands.empty())
      os << "        case " << fish_quote(f.path) << "\n            string split ' ' -- "
         << fish_quote(joined(f.subcommands)) << "\n";
  os << "    end\nend\n\n";

  os << "# The options command $argv[1] takes: its own, those above it and the global ones.\n"
     << "function " << fn(m, "options") << "\n    switch \"$argv[1]\"\n";
  for (const Flat& f : m.commands)
    if (!f.options.empty())
      os << "        case " << fish_quote(f.path) << "\n            string split ' ' -- "
         << fish_quote(joined(f.options)) << "\n";
  os << "    end\n    string split ' ' -- " << fish_quote(joined(m.globals)) << "\nend\n\n";

  os << "# What follows option $argv[2] of command $argv[1], or its positional #N:\n"
     << "# 'choice WORD...', path, dir, note, goal, rule or text; nothing for a flag.\n"
     << "function " << fn(m, "value") << "\n    switch \"$argv[1]|$argv[2]\"\n";
  for (const Flat& f : m.commands)
    for (const ValueEntry& v : f.values)
      os << "        case " << fish_quote(f.path + "|" + v.key + (v.open ? "*" : ""))
         << "\n            echo " << fish_quote(v.kind) << "\n";
  for (const ValueEntry& v : m.global_values)
    os << "        case " << fish_quote("*|" + v.key) << "\n            echo " << fish_quote(v.kind)
       << "\n";
  os << "    end\nend\n\n";

  os << "# The candidates for the token under the cursor: the same walk over the\n"
     << "# words before it as the bash and zsh scripts make.\n"
     << "function " << fn(m, "complete") << "\n"
     << "    set -l tokens (commandline -opc)\n"
     << "    set -l cur (commandline -ct)\n"
     << "    set -l cmd ''\n"
     << "    set -l vault\n"
     << "    set -l kind ''\n"
     << "    set -l n 0\n"
     << "    set -l i 2\n"
     << "    while test $i -le (count $tokens)\n"
     << "        set -l word $tokens[$i]\n"
     << "        switch $word\n"
     << "            case '--vault=*'\n"
     << "                set vault (string replace -- '--vault=' '' $word)\n"
     << "            case '-*'\n"
     << "                set -l v (" << fn(m, "value") << " $cmd $word)\n"
     << "                if test -n \"$v\"\n"
     << "                    set i (math $i + 1)\n"
     << "                    if test $i -gt (count $tokens)\n"
     << "                        set kind $v\n"
     << "                        break\n"
     << "                    end\n"
     << "                    test $word = --vault; and set vault $tokens[$i]\n"
     << "                end\n"
     << "            case '*'\n"
     << "                if test $n -eq 0; and contains -- $word (" << fn(m, "subcommands")
     << " $cmd)\n"
     << "                    set cmd (string trim -- \"$cmd $word\")\n"
     << "                else\n"
     << "                    set n (math $n + 1)\n"
     << "                end\n"
     << "        end\n"
     << "        set i (math $i + 1)\n"
     << "    end\n"
     << "    set -l prefix ''\n"
     << "    if test -z \"$kind\"\n"
     << "        if string match -q -- '--*=*' $cur\n"
     << "            set prefix (string replace -r -- '=.*' '=' $cur)\n"
     << "            set kind (" << fn(m, "value") << " $cmd (string replace -- '=' '' $prefix))\n"
     << "            set cur (string replace -- $prefix '' $cur)\n"
     << "        else if string match -q -- '-*' $cur\n"
     << "            " << fn(m, "options") << " $cmd\n"
     << "            return\n"
     << "        else\n"
     << "            set -l subs (" << fn(m, "subcommands") << " $cmd)\n"
     << "            if test $n -eq 0; and set -q subs[1]\n"
     << "                printf '%s\\n' $subs\n"
     << "                return\n"
     << "            end\n"
     << "            set kind (" << fn(m, "value") << " $cmd \"#\"(math $n + 1))\n"
     << "        end\n"
     << "    end\n"
     << "    switch \"$kind\"\n"
     << "        case 'choice *'\n"
     << "            printf \"$prefix%s\\n\" (string split ' ' -- $kind)[2..-1]\n"
     << "        case path\n"
     << "            __fish_complete_path $cur\n"
     << "        case dir\n"
     << "            __fish_complete_directories $cur\n"
     << "        case note goal rule\n"
     << "            # Values only the vault knows; fish escapes the spaces in titles.\n"
     << "            set -l args " << kCompleteCommand << " $kind's'\n"
     << "            set -q vault[1]; and set args --vault $vault $args\n"
     << "            command $tokens[1] $args 2>/dev/null\n"
     << "    end\n"
     << "end\n\n"
     << "complete -c " << g << " -f -a '(" << fn(m, "complete") << ")'\n";
}

}  // namespace

std::string completion_script(const CommandSpec& root, Shell shell) {
  const Model m = model_of(root);
  std::ostringstream os;
  switch (shell) {
    case Shell::Bash:
      bash_script(os, m);
      break;
    case Shell::Zsh:
      zsh_script(os, m);
      break;
    case Shell::Fish:
      fish_script(os, m);
      break;
  }
  return os.str();
}

}  // namespace goals
