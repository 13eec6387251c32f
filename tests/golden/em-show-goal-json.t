$ goals --vault examples/engineering-manager --today 2026-11-22 show "Goals/Mentor 2 junior engineers.md" --format json
? 0
--- stdout
{
  "schema_version": 1,
  "note": {
    "path": "Goals/Mentor 2 junior engineers.md",
    "title": "Mentor 2 junior engineers",
    "type": "goal",
    "status": "active",
    "horizon": "short",
    "deadline": "2026-12-31",
    "metric": "Both mentees have a written growth plan and 6 logged sessions each",
    "parent": [
      {
        "target": "Develop coaching and mentoring skills",
        "path": "Goals/Develop coaching and mentoring skills.md"
      }
    ],
    "accountability": "[[Marcus Oyelaran]]",
    "target": 12,
    "current": 7,
    "reviewed": "2026-11-15",
    "completed": null,
    "created": "2026-09-28",
    "tags": [
      "mentoring"
    ],
    "progress": {
      "done": 5,
      "total": 7
    }
  },
  "days_left": 39,
  "parent_chain": [
    {
      "title": "Develop coaching and mentoring skills",
      "path": "Goals/Develop coaching and mentoring skills.md",
      "kind": "goal"
    },
    {
      "title": "Move into engineering management",
      "path": "Goals/Move into engineering management.md",
      "kind": "goal"
    },
    {
      "title": "My north star",
      "path": "Vision/My north star.md",
      "kind": "vision"
    }
  ],
  "children": [],
  "sprints": [
    {
      "title": "Q4 2026 career sprint",
      "path": "Sprints/2026-Q4.md",
      "kind": "sprint"
    }
  ],
  "milestones": [
    {
      "sprint": "Sprints/2026-Q4.md",
      "text": "Week 1-4: Agree mentoring goals with Sam and Lea and book a fortnightly slot",
      "weeks": [
        1,
        4
      ],
      "state": "x",
      "done": true,
      "due": "2026-10-28",
      "completed": "2026-10-12",
      "line": 19
    },
    {
      "sprint": "Sprints/2026-Q4.md",
      "text": "Week 5-8: Three sessions each and one written growth area per mentee",
      "weeks": [
        5,
        8
      ],
      "state": "x",
      "done": true,
      "due": "2026-11-25",
      "completed": "2026-11-20",
      "line": 20
    },
    {
      "sprint": "Sprints/2026-Q4.md",
      "text": "Week 9-13: Review both growth plans with the mentees and their managers",
      "weeks": [
        9,
        13
      ],
      "state": " ",
      "done": false,
      "due": "2026-12-23",
      "completed": null,
      "line": 21
    }
  ],
  "tasks": [
    {
      "text": "First session with Sam",
      "state": "x",
      "done": true,
      "due": null,
      "completed": "2026-10-09",
      "line": 28
    },
    {
      "text": "First session with Lea",
      "state": "x",
      "done": true,
      "due": null,
      "completed": "2026-10-12",
      "line": 29
    },
    {
      "text": "Growth area written down for both",
      "state": "x",
      "done": true,
      "due": null,
      "completed": "2026-11-13",
      "line": 30
    },
    {
      "text": "Growth plan reviewed with their managers",
      "state": " ",
      "done": false,
      "due": "2026-12-16",
      "completed": null,
      "line": 31
    }
  ],
  "backlinks": [
    "Daily/2026-11-16.md",
    "Goals/Develop coaching and mentoring skills.md",
    "Reviews/2026-Q3 review.md",
    "Reviews/2026-W46.md",
    "Sprints/2026-Q4.md"
  ]
}
