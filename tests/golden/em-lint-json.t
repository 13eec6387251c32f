$ goals --vault examples/engineering-manager --today 2026-11-22 lint --format json
? 1
--- stdout
{
  "schema_version": 1,
  "diagnostics": [
    {
      "path": "Daily/2026-11-18.md",
      "line": 9,
      "column": 1,
      "end_line": 9,
      "end_column": 18,
      "severity": "info",
      "rule": "unresolved-link",
      "message": "link [[Manager README]] matches no note or file in the vault",
      "help": "Create the note \"Manager README\" (clicking the link in Obsidian does) or fix the link's spelling."
    },
    {
      "path": "Goals/Build a network of engineering managers.md",
      "line": 11,
      "column": 1,
      "end_line": null,
      "end_column": null,
      "severity": "info",
      "rule": "stale-goal",
      "message": "goal \"Build a network of engineering managers\" was last reviewed 2026-05-01, 205 days ago; goals go stale after 90 days",
      "help": "Read the goal again, change what no longer fits, and set `reviewed:` to today's date."
    },
    {
      "path": "Goals/Finish the Coaching for Engineers course.md",
      "line": 6,
      "column": 1,
      "end_line": null,
      "end_column": null,
      "severity": "warning",
      "rule": "overdue",
      "message": "goal \"Finish the Coaching for Engineers course\" was due 2026-10-31, 22 days ago",
      "help": "Finish it, move `deadline` to a new date and write down why, or set `status: done` or `status: dropped`."
    },
    {
      "path": "Goals/Get better at leadership.md",
      "line": 2,
      "column": 1,
      "end_line": null,
      "end_column": null,
      "severity": "warning",
      "rule": "no-deadline",
      "message": "goal \"Get better at leadership\" has no deadline",
      "help": "Add `deadline:` with the day it must be finished by, e.g. `deadline: 2027-03-31`."
    },
    {
      "path": "Goals/Get better at leadership.md",
      "line": 2,
      "column": 1,
      "end_line": null,
      "end_column": null,
      "severity": "warning",
      "rule": "no-metric",
      "message": "goal \"Get better at leadership\" has no metric: nothing says how you will know it is done",
      "help": "Add `metric:` with the number that will show it is done, e.g. \"6 logged mentoring sessions\"."
    },
    {
      "path": "Goals/Get better at leadership.md",
      "line": 12,
      "column": 1,
      "end_line": null,
      "end_column": null,
      "severity": "warning",
      "rule": "vague-goal",
      "message": "goal \"Get better at leadership\" is vague: it says \"Get better\" but names no deliverable, number or role",
      "help": "Say what you will deliver, how many and by when, e.g. \"Run 6 one-to-ones with my two mentees and finish the Coaching for Engineers course by 2027-03-31\"."
    },
    {
      "path": "Goals/Get promoted to Engineering Manager.md",
      "line": 14,
      "column": 1,
      "end_line": null,
      "end_column": null,
      "severity": "warning",
      "rule": "outside-control",
      "message": "goal \"Get promoted to Engineering Manager\" rests on someone else's decision: \"Get promoted\"",
      "help": "Reframe it as the actions within your control, e.g. \"Complete the three requirements for promotion\"."
    },
    {
      "path": "Goals/Give a talk at the internal engineering summit.md",
      "line": 2,
      "column": 1,
      "end_line": null,
      "end_column": null,
      "severity": "warning",
      "rule": "orphan-goal",
      "message": "goal \"Give a talk at the internal engineering summit\" has no parent: nothing ties it to a long-term goal or the vision",
      "help": "Add `parent:` with the long-term goal it moves you toward, e.g. `parent: \"[[Move into engineering management]]\"`."
    },
    {
      "path": "Reviews/2026-W47.md",
      "line": 17,
      "column": 1,
      "end_line": null,
      "end_column": null,
      "severity": "warning",
      "rule": "unanswered-review",
      "message": "question \"Which tasks and priorities did I change?\" has no answer",
      "help": "Write a sentence or two under the heading; even \"nothing changed\" is an answer."
    },
    {
      "path": "Sprints/2026-Q4.md",
      "line": 33,
      "column": 1,
      "end_line": null,
      "end_column": null,
      "severity": "warning",
      "rule": "overdue",
      "message": "milestone \"Week 4-5: Modules 7-8 and the recorded coaching conversation\" of goal \"Finish the Coaching for Engineers course\" was due 2026-10-31, 22 days ago",
      "help": "Mark it done if it is, or move its 📅 date and rework the weeks after it."
    }
  ],
  "summary": {
    "errors": 0,
    "warnings": 8,
    "infos": 2,
    "notes_with_findings": 8,
    "notes_checked": 28
  }
}
