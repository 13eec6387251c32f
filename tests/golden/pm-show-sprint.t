$ goals --vault examples/product-manager --today 2026-11-22 show 2026-Q4 --format json
? 0
--- stdout
{
  "schema_version": 1,
  "note": {
    "path": "Sprints/2026-Q4.md",
    "title": "Q4 2026 career sprint",
    "type": "sprint",
    "status": null,
    "horizon": null,
    "deadline": null,
    "metric": null,
    "parent": [
      {
        "target": "Become a product manager at a mid-size tech company",
        "path": "Goals/Become a product manager at a mid-size tech company.md"
      }
    ],
    "accountability": "[[Jordan Reyes]]",
    "target": null,
    "current": null,
    "reviewed": null,
    "completed": null,
    "created": null,
    "tags": [],
    "progress": {
      "done": 5,
      "total": 11
    },
    "quarter": "2026-Q4",
    "start": "2026-10-01",
    "end": "2026-12-31",
    "goals": [
      {
        "title": "Complete the Google Project Management Certificate",
        "path": "Goals/Complete the Google Project Management Certificate.md",
        "metric": "Certificate issued",
        "milestones": {
          "done": 2,
          "total": 3
        }
      },
      {
        "title": "Attend 2 local product management meetups",
        "path": "Goals/Attend 2 local product management meetups.md",
        "metric": "2 meetups attended, 2 follow-up conversations",
        "milestones": {
          "done": 2,
          "total": 3
        }
      },
      {
        "title": "Lead a small internal project",
        "path": "Goals/Lead a small internal project.md",
        "metric": "Feedback form live and retro notes shared",
        "milestones": {
          "done": 1,
          "total": 3
        }
      },
      {
        "title": "Read two product management books",
        "path": null,
        "metric": "A one-page summary of each",
        "milestones": {
          "done": 0,
          "total": 2
        }
      }
    ]
  },
  "parent_chain": [
    {
      "title": "Become a product manager at a mid-size tech company",
      "path": "Goals/Become a product manager at a mid-size tech company.md",
      "kind": "goal"
    },
    {
      "title": "Where I want to be",
      "path": "Vision/Where I want to be.md",
      "kind": "vision"
    }
  ],
  "children": [],
  "sprints": [],
  "milestones": [
    {
      "sprint": "Sprints/2026-Q4.md",
      "text": "Week 1-4: Courses 1 and 2",
      "weeks": [
        1,
        4
      ],
      "state": "x",
      "done": true,
      "due": "2026-10-28",
      "completed": "2026-10-17",
      "line": 16
    },
    {
      "sprint": "Sprints/2026-Q4.md",
      "text": "Week 5-8: Courses 3 and 4",
      "weeks": [
        5,
        8
      ],
      "state": "x",
      "done": true,
      "due": "2026-11-25",
      "completed": "2026-11-15",
      "line": 17
    },
    {
      "sprint": "Sprints/2026-Q4.md",
      "text": "Week 9-12: Courses 5 and 6",
      "weeks": [
        9,
        12
      ],
      "state": " ",
      "done": false,
      "due": "2026-12-20",
      "completed": null,
      "line": 18
    },
    {
      "sprint": "Sprints/2026-Q4.md",
      "text": "Week 1-4: October meetup",
      "weeks": [
        1,
        4
      ],
      "state": "x",
      "done": true,
      "due": "2026-10-28",
      "completed": "2026-10-22",
      "line": 22
    },
    {
      "sprint": "Sprints/2026-Q4.md",
      "text": "Week 5-8: Coffee with one person I met",
      "weeks": [
        5,
        8
      ],
      "state": "x",
      "done": true,
      "due": "2026-11-25",
      "completed": "2026-11-05",
      "line": 23
    },
    {
      "sprint": "Sprints/2026-Q4.md",
      "text": "Week 9-12: December meetup",
      "weeks": [
        9,
        12
      ],
      "state": " ",
      "done": false,
      "due": "2026-12-10",
      "completed": null,
      "line": 24
    },
    {
      "sprint": "Sprints/2026-Q4.md",
      "text": "Week 1-4: Spec agreed with the support lead",
      "weeks": [
        1,
        4
      ],
      "state": "x",
      "done": true,
      "due": "2026-10-28",
      "completed": "2026-10-16",
      "line": 28
    },
    {
      "sprint": "Sprints/2026-Q4.md",
      "text": "Week 5-10: Build and test with two engineers",
      "weeks": [
        5,
        10
      ],
      "state": " ",
      "done": false,
      "due": "2026-12-04",
      "completed": null,
      "line": 29
    },
    {
      "sprint": "Sprints/2026-Q4.md",
      "text": "Week 11-12: Ship, then run the retro",
      "weeks": [
        11,
        12
      ],
      "state": " ",
      "done": false,
      "due": "2026-12-18",
      "completed": null,
      "line": 30
    },
    {
      "sprint": "Sprints/2026-Q4.md",
      "text": "Week 1-6: Read \"Inspired\"",
      "weeks": [
        1,
        6
      ],
      "state": null,
      "done": false,
      "due": null,
      "completed": null,
      "line": 34
    },
    {
      "sprint": "Sprints/2026-Q4.md",
      "text": "Week 7-12: Read \"Continuous Discovery Habits\"",
      "weeks": [
        7,
        12
      ],
      "state": null,
      "done": false,
      "due": null,
      "completed": null,
      "line": 35
    }
  ],
  "tasks": [
    {
      "text": "Week 1-4: Courses 1 and 2",
      "state": "x",
      "done": true,
      "due": "2026-10-28",
      "completed": "2026-10-17",
      "line": 16
    },
    {
      "text": "Week 5-8: Courses 3 and 4",
      "state": "x",
      "done": true,
      "due": "2026-11-25",
      "completed": "2026-11-15",
      "line": 17
    },
    {
      "text": "Week 9-12: Courses 5 and 6",
      "state": " ",
      "done": false,
      "due": "2026-12-20",
      "completed": null,
      "line": 18
    },
    {
      "text": "Week 1-4: October meetup",
      "state": "x",
      "done": true,
      "due": "2026-10-28",
      "completed": "2026-10-22",
      "line": 22
    },
    {
      "text": "Week 5-8: Coffee with one person I met",
      "state": "x",
      "done": true,
      "due": "2026-11-25",
      "completed": "2026-11-05",
      "line": 23
    },
    {
      "text": "Week 9-12: December meetup",
      "state": " ",
      "done": false,
      "due": "2026-12-10",
      "completed": null,
      "line": 24
    },
    {
      "text": "Week 1-4: Spec agreed with the support lead",
      "state": "x",
      "done": true,
      "due": "2026-10-28",
      "completed": "2026-10-16",
      "line": 28
    },
    {
      "text": "Week 5-10: Build and test with two engineers",
      "state": " ",
      "done": false,
      "due": "2026-12-04",
      "completed": null,
      "line": 29
    },
    {
      "text": "Week 11-12: Ship, then run the retro",
      "state": " ",
      "done": false,
      "due": "2026-12-18",
      "completed": null,
      "line": 30
    }
  ],
  "backlinks": [
    "People/Jordan Reyes.md",
    "Reviews/2026-W47.md"
  ]
}
