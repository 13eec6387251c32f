#include <string>

#include "commands/command.h"

namespace goals {

namespace {

// The tag completes() leaves on an option, as a validator that accepts
// everything and adds nothing to the help's type name.
constexpr std::string_view kKindPrefix = "complete:";

constexpr Named<ValueKind> kKindNames[] = {
    {"text", ValueKind::Text}, {"path", ValueKind::Path}, {"directory", ValueKind::Directory},
    {"date", ValueKind::Date}, {"note", ValueKind::Note}, {"goal", ValueKind::Goal},
    {"rule", ValueKind::Rule},
};

std::string kind_word(ValueKind kind) {
  for (const Named<ValueKind>& n : kKindNames)
    if (n.value == kind) return std::string(n.word);
  return "text";
}

/// The words of a choice validator's description, `{a,b,c}`.
std::vector<std::string> choice_words(std::string desc) {
  std::vector<std::string> words;
  if (desc.size() < 2 || desc.front() != '{' || desc.back() != '}') return words;
  desc = desc.substr(1, desc.size() - 2);
  std::size_t start = 0;
  for (;;) {
    const std::size_t comma = desc.find(',', start);
    words.push_back(desc.substr(start, comma - start));
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return words;
}

/// The option's validator named `name`, or nullptr (CLI11 throws instead).
CLI::Validator* validator(CLI::Option& opt, const std::string& name) {
  for (int i = 0;; ++i) {
    CLI::Validator* v = nullptr;
    try {
      v = opt.get_validator(i);
    } catch (const CLI::OptionNotFound&) {
      return nullptr;
    }
    if (v->get_name() == name) return v;
  }
}

OptionSpec describe_option(CLI::Option& opt) {
  OptionSpec o;
  o.positional = opt.get_positional() && opt.get_lnames().empty() && opt.get_snames().empty();
  if (o.positional) {
    o.names.push_back(opt.get_name());
  } else {
    for (const std::string& s : opt.get_snames()) o.names.push_back("-" + s);
    for (const std::string& l : opt.get_lnames()) o.names.push_back("--" + l);
  }
  o.required = opt.get_required();
  o.repeatable = opt.get_items_expected_max() > 1;
  o.help = opt.get_description();
  if (opt.get_expected_max() == 0) return o;  // a flag
  std::string type = opt.get_type_name();
  o.value_name = type.substr(0, type.find(':'));
  o.kind = ValueKind::Text;
  if (CLI::Validator* v = validator(opt, std::string(kChoiceValidator))) {
    o.kind = ValueKind::Choice;
    o.choices = choice_words(v->get_description());
  }
  for (const Named<ValueKind>& n : kKindNames)
    if (validator(opt, std::string(kKindPrefix) + std::string(n.word))) o.kind = n.value;
  return o;
}

CommandSpec describe(CLI::App& app, const std::string& path) {
  CommandSpec c;
  c.name = app.get_name();
  c.path = path;
  c.description = app.get_description();
  for (CLI::Option* opt : app.get_options()) c.options.push_back(describe_option(*opt));
  for (const Example& e : examples_of(path)) c.examples.push_back(e);
  for (CLI::App* sub : app.get_subcommands({})) {
    if (sub->get_group().empty()) continue;  // hidden
    c.subcommands.push_back(
        describe(*sub, path.empty() ? sub->get_name() : path + " " + sub->get_name()));
  }
  return c;
}

}  // namespace

CommandSpec describe_cli(CLI::App& app) { return describe(app, ""); }

CLI::Option* completes(CLI::Option* opt, ValueKind kind) {
  CLI::Validator tag(std::string{});
  // Every date option is checked here, at parse time, so that every command
  // refuses a bad date the same way before reading anything.
  if (kind == ValueKind::Date)
    tag = CLI::Validator(
        [](std::string& text) { return Date::parse(text) ? std::string() : not_a_date(text); },
        std::string{});
  tag.name(std::string(kKindPrefix) + kind_word(kind));
  // What help shows for the value: `--today DATE`, not `--today TEXT`.
  switch (kind) {
    case ValueKind::Date:
      opt->type_name("DATE");
      break;
    case ValueKind::Path:
      opt->type_name("FILE");
      break;
    case ValueKind::Directory:
      opt->type_name("DIR");
      break;
    case ValueKind::Note:
    case ValueKind::Goal:
      opt->type_name("NOTE");
      break;
    case ValueKind::Rule:
      opt->type_name("RULE");
      break;
    case ValueKind::None:
    case ValueKind::Text:
    case ValueKind::Choice:
      break;
  }
  return opt->check(tag);
}

}  // namespace goals
