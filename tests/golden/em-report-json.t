$ goals --vault examples/engineering-manager --today 2026-11-22 report --format json
? 0
--- stdout
{
  "schema_version": 1,
  "today": "2026-11-22",
  "current_sprint": "n20",
  "milestones": {
    "done": 8,
    "total": 15,
    "percent": 53,
    "overdue": 4
  },
  "sprints": [
    {
      "id": "n19",
      "title": "Q3 2026 career sprint",
      "path": "Sprints/2026-Q3.md",
      "quarter": "2026-Q3",
      "start": "2026-07-01",
      "end": "2026-09-30",
      "current": false,
      "ended": true,
      "progress": {
        "done": 3,
        "total": 6,
        "percent": 50,
        "overdue": 3
      },
      "goals": [
        {
          "id": "n8",
          "title": "Have a career growth conversation with my manager",
          "path": "Goals/Have a career growth conversation with my manager.md",
          "status": "done",
          "complete": true,
          "progress": {
            "done": 3,
            "total": 3,
            "percent": 100,
            "overdue": 0
          },
          "metric": "A summary Marcus agrees with, naming one leadership opportunity",
          "deadline": "2026-07-31",
          "overdue": false,
          "milestones": [
            {
              "text": "Week 1-2: Write down three questions for Marcus",
              "first_week": 1,
              "last_week": 2,
              "due": "2026-07-14",
              "due_written": true,
              "done": "2026-07-10",
              "is_done": true,
              "cancelled": false,
              "overdue": false,
              "line": 17
            },
            {
              "text": "Week 3-4: Hold the conversation in our 1:1",
              "first_week": 3,
              "last_week": 4,
              "due": "2026-07-28",
              "due_written": true,
              "done": "2026-07-21",
              "is_done": true,
              "cancelled": false,
              "overdue": false,
              "line": 18
            },
            {
              "text": "Week 3-4: Send a written summary and get it confirmed",
              "first_week": 3,
              "last_week": 4,
              "due": "2026-07-31",
              "due_written": true,
              "done": "2026-07-22",
              "is_done": true,
              "cancelled": false,
              "overdue": false,
              "line": 19
            }
          ]
        },
        {
          "id": "n22",
          "title": "Identify one leadership opportunity on the Payments team",
          "path": null,
          "status": "active",
          "complete": false,
          "progress": {
            "done": 0,
            "total": 3,
            "percent": 0,
            "overdue": 3
          },
          "metric": "One named leadership role agreed for Q4",
          "deadline": "2026-09-30",
          "overdue": true,
          "milestones": [
            {
              "text": "Week 1-4: List the gaps the team has today (planning, reviews, on-call, onboarding)",
              "first_week": 1,
              "last_week": 4,
              "due": "2026-07-28",
              "due_written": false,
              "done": null,
              "is_done": false,
              "cancelled": false,
              "overdue": true,
              "line": 23
            },
            {
              "text": "Week 5-8: Pick one gap and test it by running two design reviews",
              "first_week": 5,
              "last_week": 8,
              "due": "2026-08-25",
              "due_written": false,
              "done": null,
              "is_done": false,
              "cancelled": false,
              "overdue": true,
              "line": 24
            },
            {
              "text": "Week 9-13: Agree a concrete role with Marcus before the quarter ends",
              "first_week": 9,
              "last_week": 13,
              "due": "2026-09-29",
              "due_written": false,
              "done": null,
              "is_done": false,
              "cancelled": false,
              "overdue": true,
              "line": 25
            }
          ]
        }
      ]
    },
    {
      "id": "n20",
      "title": "Q4 2026 career sprint",
      "path": "Sprints/2026-Q4.md",
      "quarter": "2026-Q4",
      "start": "2026-10-01",
      "end": "2026-12-31",
      "current": true,
      "ended": false,
      "progress": {
        "done": 5,
        "total": 9,
        "percent": 56,
        "overdue": 1
      },
      "goals": [
        {
          "id": "n10",
          "title": "Mentor 2 junior engineers",
          "path": "Goals/Mentor 2 junior engineers.md",
          "status": "active",
          "complete": false,
          "progress": {
            "done": 2,
            "total": 3,
            "percent": 67,
            "overdue": 0
          },
          "metric": "Both mentees have a written growth plan and 6 logged sessions each",
          "deadline": "2026-12-31",
          "overdue": false,
          "milestones": [
            {
              "text": "Week 1-4: Agree mentoring goals with Sam and Lea and book a fortnightly slot",
              "first_week": 1,
              "last_week": 4,
              "due": "2026-10-28",
              "due_written": true,
              "done": "2026-10-12",
              "is_done": true,
              "cancelled": false,
              "overdue": false,
              "line": 19
            },
            {
              "text": "Week 5-8: Three sessions each and one written growth area per mentee",
              "first_week": 5,
              "last_week": 8,
              "due": "2026-11-25",
              "due_written": true,
              "done": "2026-11-20",
              "is_done": true,
              "cancelled": false,
              "overdue": false,
              "line": 20
            },
            {
              "text": "Week 9-13: Review both growth plans with the mentees and their managers",
              "first_week": 9,
              "last_week": 13,
              "due": "2026-12-23",
              "due_written": true,
              "done": null,
              "is_done": false,
              "cancelled": false,
              "overdue": false,
              "line": 21
            }
          ]
        },
        {
          "id": "n9",
          "title": "Lead the sprint planning cycle for Q1 2027",
          "path": "Goals/Lead the sprint planning cycle for Q1 2027.md",
          "status": "active",
          "complete": false,
          "progress": {
            "done": 1,
            "total": 3,
            "percent": 33,
            "overdue": 0
          },
          "metric": "Q1 2027 plan agreed by the squad and product in one session",
          "deadline": "2026-12-18",
          "overdue": false,
          "milestones": [
            {
              "text": "Week 1-4: Shadow Dana through the mid-quarter re-plan",
              "first_week": 1,
              "last_week": 4,
              "due": "2026-10-28",
              "due_written": true,
              "done": "2026-10-27",
              "is_done": true,
              "cancelled": false,
              "overdue": false,
              "line": 25
            },
            {
              "text": "Week 5-8: Build the capacity model and share a draft plan",
              "first_week": 5,
              "last_week": 8,
              "due": "2026-11-25",
              "due_written": true,
              "done": null,
              "is_done": false,
              "cancelled": false,
              "overdue": false,
              "line": 26
            },
            {
              "text": "Week 9-12: Run the Q1 planning session",
              "first_week": 9,
              "last_week": 12,
              "due": "2026-12-18",
              "due_written": true,
              "done": null,
              "is_done": false,
              "cancelled": false,
              "overdue": false,
              "line": 27
            }
          ]
        },
        {
          "id": "n4",
          "title": "Finish the Coaching for Engineers course",
          "path": "Goals/Finish the Coaching for Engineers course.md",
          "status": "active",
          "complete": false,
          "progress": {
            "done": 2,
            "total": 3,
            "percent": 67,
            "overdue": 1
          },
          "metric": "Course certificate received",
          "deadline": "2026-10-31",
          "overdue": true,
          "milestones": [
            {
              "text": "Week 1-2: Modules 1-4",
              "first_week": 1,
              "last_week": 2,
              "due": "2026-10-14",
              "due_written": true,
              "done": "2026-10-13",
              "is_done": true,
              "cancelled": false,
              "overdue": false,
              "line": 31
            },
            {
              "text": "Week 3-4: Modules 5-6",
              "first_week": 3,
              "last_week": 4,
              "due": "2026-10-25",
              "due_written": true,
              "done": "2026-10-30",
              "is_done": true,
              "cancelled": false,
              "overdue": false,
              "line": 32
            },
            {
              "text": "Week 4-5: Modules 7-8 and the recorded coaching conversation",
              "first_week": 4,
              "last_week": 5,
              "due": "2026-10-31",
              "due_written": true,
              "done": null,
              "is_done": false,
              "cancelled": false,
              "overdue": true,
              "line": 33
            }
          ]
        }
      ]
    }
  ],
  "goals": [
    {
      "id": "n21",
      "kind": "vision",
      "title": "My north star",
      "path": "Vision/My north star.md",
      "horizon": null,
      "status": "active",
      "progress": {
        "done": 0,
        "total": 0,
        "percent": null
      },
      "metric": "",
      "deadline": null,
      "overdue": false,
      "parents": []
    },
    {
      "id": "n11",
      "kind": "goal",
      "title": "Move into engineering management",
      "path": "Goals/Move into engineering management.md",
      "horizon": "long",
      "status": "active",
      "progress": {
        "done": 0,
        "total": 0,
        "percent": null
      },
      "metric": "Hold an Engineering Manager role with at least 4 direct reports for 6 months",
      "deadline": "2028-12-31",
      "overdue": false,
      "parents": [
        "n21"
      ]
    },
    {
      "id": "n0",
      "kind": "goal",
      "title": "Build a network of engineering managers",
      "path": "Goals/Build a network of engineering managers.md",
      "horizon": "medium",
      "status": "active",
      "progress": {
        "done": 1,
        "total": 2,
        "percent": 50
      },
      "metric": "A monthly conversation with 3 engineering managers outside my company",
      "deadline": "2027-06-30",
      "overdue": false,
      "parents": [
        "n11"
      ]
    },
    {
      "id": "n1",
      "kind": "goal",
      "title": "Develop coaching and mentoring skills",
      "path": "Goals/Develop coaching and mentoring skills.md",
      "horizon": "medium",
      "status": "active",
      "progress": {
        "done": 2,
        "total": 4,
        "percent": 50
      },
      "metric": "Two mentees finish a written growth plan and rate the mentoring 4 out of 5 or better, and I hold the coaching course certificate",
      "deadline": "2027-06-30",
      "overdue": false,
      "parents": [
        "n11"
      ]
    },
    {
      "id": "n2",
      "kind": "goal",
      "title": "Earn promotion to Senior Software Engineer by the March 2026 review cycle",
      "path": "Goals/Earn promotion to Senior Software Engineer by the March 2026 review cycle.md",
      "horizon": "medium",
      "status": "done",
      "progress": {
        "done": 4,
        "total": 4,
        "percent": 100
      },
      "metric": "Lead 2 cross-functional projects, mentor 1 junior developer and pass the internal system design certification, then meet the senior bar of the leveling rubric",
      "deadline": "2026-03-31",
      "overdue": false,
      "parents": [
        "n11"
      ]
    },
    {
      "id": "n5",
      "kind": "goal",
      "title": "Get better at leadership",
      "path": "Goals/Get better at leadership.md",
      "horizon": "medium",
      "status": "active",
      "progress": {
        "done": 0,
        "total": 0,
        "percent": null
      },
      "metric": "",
      "deadline": null,
      "overdue": false,
      "parents": [
        "n11"
      ]
    },
    {
      "id": "n6",
      "kind": "goal",
      "title": "Get promoted to Engineering Manager",
      "path": "Goals/Get promoted to Engineering Manager.md",
      "horizon": "medium",
      "status": "active",
      "progress": {
        "done": 0,
        "total": 0,
        "percent": null
      },
      "metric": "Engineering Manager title confirmed in the September 2027 promotion round",
      "deadline": "2027-09-30",
      "overdue": false,
      "parents": [
        "n11"
      ]
    },
    {
      "id": "n14",
      "kind": "goal",
      "title": "Serve as acting tech lead for two quarters",
      "path": "Goals/Serve as acting tech lead for two quarters.md",
      "horizon": "medium",
      "status": "active",
      "progress": {
        "done": 2,
        "total": 5,
        "percent": 40
      },
      "metric": "Two full quarters as acting tech lead of the Payments squad, with written feedback from the team and my manager",
      "deadline": "2027-06-30",
      "overdue": false,
      "parents": [
        "n11"
      ]
    },
    {
      "id": "n3",
      "kind": "goal",
      "title": "Earn the AWS Solutions Architect certification",
      "path": "Goals/Earn the AWS Solutions Architect certification.md",
      "horizon": "short",
      "status": "dropped",
      "progress": {
        "done": 1,
        "total": 1,
        "percent": 100
      },
      "metric": "Pass the AWS Solutions Architect Associate exam",
      "deadline": "2026-06-30",
      "overdue": false,
      "parents": [
        "n11"
      ]
    },
    {
      "id": "n4",
      "kind": "goal",
      "title": "Finish the Coaching for Engineers course",
      "path": "Goals/Finish the Coaching for Engineers course.md",
      "horizon": "short",
      "status": "active",
      "progress": {
        "done": 2,
        "total": 3,
        "percent": 67
      },
      "metric": "Complete all 8 modules and receive the course certificate",
      "deadline": "2026-10-31",
      "overdue": true,
      "parents": [
        "n1"
      ]
    },
    {
      "id": "n7",
      "kind": "goal",
      "title": "Give a talk at the internal engineering summit",
      "path": "Goals/Give a talk at the internal engineering summit.md",
      "horizon": "short",
      "status": "active",
      "progress": {
        "done": 1,
        "total": 3,
        "percent": 33
      },
      "metric": "Deliver a 20-minute talk on our incident review process at the December summit",
      "deadline": "2026-12-10",
      "overdue": false,
      "parents": []
    },
    {
      "id": "n8",
      "kind": "goal",
      "title": "Have a career growth conversation with my manager",
      "path": "Goals/Have a career growth conversation with my manager.md",
      "horizon": "short",
      "status": "done",
      "progress": {
        "done": 3,
        "total": 3,
        "percent": 100
      },
      "metric": "A written summary of the conversation, agreed with Marcus, that names one leadership opportunity",
      "deadline": "2026-07-31",
      "overdue": false,
      "parents": [
        "n14"
      ]
    },
    {
      "id": "n9",
      "kind": "goal",
      "title": "Lead the sprint planning cycle for Q1 2027",
      "path": "Goals/Lead the sprint planning cycle for Q1 2027.md",
      "horizon": "short",
      "status": "active",
      "progress": {
        "done": 1,
        "total": 3,
        "percent": 33
      },
      "metric": "The Q1 2027 plan is agreed by the squad and by product in a single planning session",
      "deadline": "2026-12-18",
      "overdue": false,
      "parents": [
        "n14"
      ]
    },
    {
      "id": "n10",
      "kind": "goal",
      "title": "Mentor 2 junior engineers",
      "path": "Goals/Mentor 2 junior engineers.md",
      "horizon": "short",
      "status": "active",
      "progress": {
        "done": 5,
        "total": 7,
        "percent": 71
      },
      "metric": "Both mentees have a written growth plan and 6 logged sessions each",
      "deadline": "2026-12-31",
      "overdue": false,
      "parents": [
        "n1"
      ]
    },
    {
      "id": "n12",
      "kind": "goal",
      "title": "Pass the internal system design certification",
      "path": "Goals/Pass the internal system design certification.md",
      "horizon": "short",
      "status": "done",
      "progress": {
        "done": 3,
        "total": 3,
        "percent": 100
      },
      "metric": "Pass the internal system design certification on the first attempt",
      "deadline": "2025-12-15",
      "overdue": false,
      "parents": [
        "n2"
      ]
    },
    {
      "id": "n13",
      "kind": "goal",
      "title": "Run the interview loop for two backend hires",
      "path": "Goals/Run the interview loop for two backend hires.md",
      "horizon": "short",
      "status": "planned",
      "progress": {
        "done": 0,
        "total": 0,
        "percent": null
      },
      "metric": "Act as loop lead for 2 backend hires, with debrief notes signed off by the hiring manager",
      "deadline": "2027-03-31",
      "overdue": false,
      "parents": [
        "n14"
      ]
    },
    {
      "id": "n22",
      "kind": "goal",
      "title": "Identify one leadership opportunity on the Payments team",
      "path": null,
      "horizon": "short",
      "status": "active",
      "progress": {
        "done": 0,
        "total": 3,
        "percent": 0
      },
      "metric": "One named leadership role agreed for Q4",
      "deadline": "2026-09-30",
      "overdue": true,
      "parents": [
        "n11"
      ]
    }
  ],
  "timeline": [
    "n20"
  ],
  "needs_attention": [
    {
      "path": "Daily/2026-11-18.md",
      "findings": [
        {
          "rule": "unresolved-link",
          "severity": "info",
          "line": 9,
          "column": 1,
          "message": "link [[Manager README]] matches no note or file in the vault"
        }
      ]
    },
    {
      "path": "Goals/Build a network of engineering managers.md",
      "findings": [
        {
          "rule": "stale-goal",
          "severity": "info",
          "line": 11,
          "column": 1,
          "message": "goal \"Build a network of engineering managers\" was last reviewed 2026-05-01, 205 days ago; goals go stale after 90 days"
        }
      ]
    },
    {
      "path": "Goals/Finish the Coaching for Engineers course.md",
      "findings": [
        {
          "rule": "overdue",
          "severity": "warning",
          "line": 6,
          "column": 1,
          "message": "goal \"Finish the Coaching for Engineers course\" was due 2026-10-31, 22 days ago"
        }
      ]
    },
    {
      "path": "Goals/Get better at leadership.md",
      "findings": [
        {
          "rule": "no-deadline",
          "severity": "warning",
          "line": 2,
          "column": 1,
          "message": "goal \"Get better at leadership\" has no deadline"
        },
        {
          "rule": "no-metric",
          "severity": "warning",
          "line": 2,
          "column": 1,
          "message": "goal \"Get better at leadership\" has no metric: nothing says how you will know it is done"
        },
        {
          "rule": "vague-goal",
          "severity": "warning",
          "line": 12,
          "column": 1,
          "message": "goal \"Get better at leadership\" is vague: it says \"Get better\" but names no deliverable, number or role"
        }
      ]
    },
    {
      "path": "Goals/Get promoted to Engineering Manager.md",
      "findings": [
        {
          "rule": "outside-control",
          "severity": "warning",
          "line": 14,
          "column": 1,
          "message": "goal \"Get promoted to Engineering Manager\" rests on someone else's decision: \"Get promoted\""
        }
      ]
    },
    {
      "path": "Goals/Give a talk at the internal engineering summit.md",
      "findings": [
        {
          "rule": "orphan-goal",
          "severity": "warning",
          "line": 2,
          "column": 1,
          "message": "goal \"Give a talk at the internal engineering summit\" has no parent: nothing ties it to a long-term goal or the vision"
        }
      ]
    },
    {
      "path": "Reviews/2026-W47.md",
      "findings": [
        {
          "rule": "unanswered-review",
          "severity": "warning",
          "line": 17,
          "column": 1,
          "message": "question \"Which tasks and priorities did I change?\" has no answer"
        }
      ]
    },
    {
      "path": "Sprints/2026-Q4.md",
      "findings": [
        {
          "rule": "overdue",
          "severity": "warning",
          "line": 33,
          "column": 1,
          "message": "milestone \"Week 4-5: Modules 7-8 and the recorded coaching conversation\" of goal \"Finish the Coaching for Engineers course\" was due 2026-10-31, 22 days ago"
        }
      ]
    }
  ],
  "next_review": {
    "cadence": "weekly",
    "due": "2026-11-29",
    "last": "Reviews/2026-W47.md"
  },
  "missed_reviews": [],
  "wins_since": "2026-11-22",
  "wins": []
}
