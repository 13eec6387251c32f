$ goals --vault examples/engineering-manager --today 2026-11-22 status --format json
? 0
--- stdout
{
  "schema_version": 1,
  "today": "2026-11-22",
  "sprint": {
    "path": "Sprints/2026-Q4.md",
    "title": "Q4 2026 career sprint",
    "start": "2026-10-01",
    "end": "2026-12-31",
    "week": 8,
    "weeks": 13,
    "days_left": 39,
    "goals": [
      {
        "title": "Mentor 2 junior engineers",
        "path": "Goals/Mentor 2 junior engineers.md",
        "done": 2,
        "total": 3,
        "metric": "Both mentees have a written growth plan and 6 logged sessions each"
      },
      {
        "title": "Lead the sprint planning cycle for Q1 2027",
        "path": "Goals/Lead the sprint planning cycle for Q1 2027.md",
        "done": 1,
        "total": 3,
        "metric": "Q1 2027 plan agreed by the squad and product in one session"
      },
      {
        "title": "Finish the Coaching for Engineers course",
        "path": "Goals/Finish the Coaching for Engineers course.md",
        "done": 2,
        "total": 3,
        "metric": "Course certificate received"
      }
    ]
  },
  "week": {
    "start": "2026-11-16",
    "end": "2026-11-22"
  },
  "due_this_week": [],
  "overdue": {
    "milestones": [
      {
        "goal": "Finish the Coaching for Engineers course",
        "text": "Week 4-5: Modules 7-8 and the recorded coaching conversation",
        "weeks": "4-5",
        "due": "2026-10-31",
        "due_written": true,
        "path": "Sprints/2026-Q4.md",
        "line": 33
      }
    ],
    "goals": [
      {
        "title": "Finish the Coaching for Engineers course",
        "path": "Goals/Finish the Coaching for Engineers course.md",
        "deadline": "2026-10-31"
      }
    ]
  },
  "next_review": {
    "cadence": "weekly",
    "due": "2026-11-29",
    "last": "Reviews/2026-W47.md"
  },
  "missed_reviews": [],
  "wins_since": "2026-11-22",
  "wins": [],
  "tree": [
    {
      "path": "Vision/My north star.md",
      "title": "My north star",
      "kind": "vision",
      "depth": 0
    },
    {
      "path": "Goals/Move into engineering management.md",
      "title": "Move into engineering management",
      "kind": "goal",
      "depth": 1,
      "horizon": "long",
      "smart": {
        "S": true,
        "M": true,
        "A": true,
        "R": true,
        "T": true
      },
      "deadline": "2028-12-31",
      "days_left": 770
    },
    {
      "path": "Goals/Build a network of engineering managers.md",
      "title": "Build a network of engineering managers",
      "kind": "goal",
      "depth": 2,
      "horizon": "medium",
      "smart": {
        "S": true,
        "M": true,
        "A": true,
        "R": true,
        "T": true
      },
      "deadline": "2027-06-30",
      "days_left": 220
    },
    {
      "path": "Goals/Develop coaching and mentoring skills.md",
      "title": "Develop coaching and mentoring skills",
      "kind": "goal",
      "depth": 2,
      "horizon": "medium",
      "smart": {
        "S": true,
        "M": true,
        "A": true,
        "R": true,
        "T": true
      },
      "deadline": "2027-06-30",
      "days_left": 220
    },
    {
      "path": "Goals/Finish the Coaching for Engineers course.md",
      "title": "Finish the Coaching for Engineers course",
      "kind": "goal",
      "depth": 3,
      "horizon": "short",
      "smart": {
        "S": true,
        "M": true,
        "A": true,
        "R": true,
        "T": false
      },
      "deadline": "2026-10-31",
      "days_left": -22
    },
    {
      "path": "Goals/Mentor 2 junior engineers.md",
      "title": "Mentor 2 junior engineers",
      "kind": "goal",
      "depth": 3,
      "horizon": "short",
      "smart": {
        "S": true,
        "M": true,
        "A": true,
        "R": true,
        "T": true
      },
      "deadline": "2026-12-31",
      "days_left": 39
    },
    {
      "path": "Goals/Get better at leadership.md",
      "title": "Get better at leadership",
      "kind": "goal",
      "depth": 2,
      "horizon": "medium",
      "smart": {
        "S": false,
        "M": false,
        "A": true,
        "R": true,
        "T": false
      },
      "deadline": null,
      "days_left": null
    },
    {
      "path": "Goals/Get promoted to Engineering Manager.md",
      "title": "Get promoted to Engineering Manager",
      "kind": "goal",
      "depth": 2,
      "horizon": "medium",
      "smart": {
        "S": true,
        "M": true,
        "A": false,
        "R": true,
        "T": true
      },
      "deadline": "2027-09-30",
      "days_left": 312
    },
    {
      "path": "Goals/Serve as acting tech lead for two quarters.md",
      "title": "Serve as acting tech lead for two quarters",
      "kind": "goal",
      "depth": 2,
      "horizon": "medium",
      "smart": {
        "S": true,
        "M": true,
        "A": true,
        "R": true,
        "T": true
      },
      "deadline": "2027-06-30",
      "days_left": 220
    },
    {
      "path": "Goals/Lead the sprint planning cycle for Q1 2027.md",
      "title": "Lead the sprint planning cycle for Q1 2027",
      "kind": "goal",
      "depth": 3,
      "horizon": "short",
      "smart": {
        "S": true,
        "M": true,
        "A": true,
        "R": true,
        "T": true
      },
      "deadline": "2026-12-18",
      "days_left": 26
    },
    {
      "path": "Goals/Run the interview loop for two backend hires.md",
      "title": "Run the interview loop for two backend hires",
      "kind": "goal",
      "depth": 3,
      "horizon": "short",
      "smart": {
        "S": true,
        "M": true,
        "A": true,
        "R": true,
        "T": true
      },
      "deadline": "2027-03-31",
      "days_left": 129
    },
    {
      "path": "Goals/Give a talk at the internal engineering summit.md",
      "title": "Give a talk at the internal engineering summit",
      "kind": "goal",
      "depth": 0,
      "horizon": "short",
      "smart": {
        "S": true,
        "M": true,
        "A": true,
        "R": false,
        "T": true
      },
      "deadline": "2026-12-10",
      "days_left": 18
    }
  ]
}
