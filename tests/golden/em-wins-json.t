$ goals --vault examples/engineering-manager --today 2026-11-22 wins --format json
? 0
--- stdout
{
  "schema_version": 1,
  "since": "2026-10-02",
  "until": "2026-11-22",
  "since_review": "Reviews/2026-Q3 review.md",
  "wins": [
    {
      "kind": "milestone",
      "date": "2026-11-20",
      "title": "Three sessions each and one written growth area per mentee",
      "goal": "Mentor 2 junior engineers",
      "goal_path": "Goals/Mentor 2 junior engineers.md",
      "metric": null,
      "path": "Sprints/2026-Q4.md",
      "line": 20
    },
    {
      "kind": "milestone",
      "date": "2026-10-30",
      "title": "Modules 5-6",
      "goal": "Finish the Coaching for Engineers course",
      "goal_path": "Goals/Finish the Coaching for Engineers course.md",
      "metric": null,
      "path": "Sprints/2026-Q4.md",
      "line": 32
    },
    {
      "kind": "milestone",
      "date": "2026-10-27",
      "title": "Shadow Dana through the mid-quarter re-plan",
      "goal": "Lead the sprint planning cycle for Q1 2027",
      "goal_path": "Goals/Lead the sprint planning cycle for Q1 2027.md",
      "metric": null,
      "path": "Sprints/2026-Q4.md",
      "line": 25
    },
    {
      "kind": "milestone",
      "date": "2026-10-13",
      "title": "Modules 1-4",
      "goal": "Finish the Coaching for Engineers course",
      "goal_path": "Goals/Finish the Coaching for Engineers course.md",
      "metric": null,
      "path": "Sprints/2026-Q4.md",
      "line": 31
    },
    {
      "kind": "milestone",
      "date": "2026-10-12",
      "title": "Agree mentoring goals with Sam and Lea and book a fortnightly slot",
      "goal": "Mentor 2 junior engineers",
      "goal_path": "Goals/Mentor 2 junior engineers.md",
      "metric": null,
      "path": "Sprints/2026-Q4.md",
      "line": 19
    }
  ]
}
--- stderr
