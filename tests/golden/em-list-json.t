$ goals --vault examples/engineering-manager --today 2026-11-22 list --format json
? 0
--- stdout
{
  "schema_version": 1,
  "notes": [
    {
      "path": "Goals/Build a network of engineering managers.md",
      "title": "Build a network of engineering managers",
      "type": "goal",
      "status": "active",
      "horizon": "medium",
      "deadline": "2027-06-30",
      "metric": "A monthly conversation with 3 engineering managers outside my company",
      "parent": [
        {
          "target": "Move into engineering management",
          "path": "Goals/Move into engineering management.md"
        }
      ],
      "accountability": "[[Priya Natarajan]]",
      "target": 3,
      "current": 1,
      "reviewed": "2026-05-01",
      "completed": null,
      "created": "2026-01-15",
      "tags": [
        "networking"
      ],
      "progress": {
        "done": 1,
        "total": 2
      }
    },
    {
      "path": "Goals/Develop coaching and mentoring skills.md",
      "title": "Develop coaching and mentoring skills",
      "type": "goal",
      "status": "active",
      "horizon": "medium",
      "deadline": "2027-06-30",
      "metric": "Two mentees finish a written growth plan and rate the mentoring 4 out of 5 or better, and I hold the coaching course certificate",
      "parent": [
        {
          "target": "Move into engineering management",
          "path": "Goals/Move into engineering management.md"
        }
      ],
      "accountability": "[[Priya Natarajan]]",
      "target": null,
      "current": null,
      "reviewed": "2026-11-08",
      "completed": null,
      "created": "2026-04-20",
      "tags": [
        "career/management",
        "mentoring"
      ],
      "progress": {
        "done": 2,
        "total": 4
      }
    },
    {
      "path": "Goals/Earn promotion to Senior Software Engineer by the March 2026 review cycle.md",
      "title": "Earn promotion to Senior Software Engineer by the March 2026 review cycle",
      "type": "goal",
      "status": "done",
      "horizon": "medium",
      "deadline": "2026-03-31",
      "metric": "Lead 2 cross-functional projects, mentor 1 junior developer and pass the internal system design certification, then meet the senior bar of the leveling rubric",
      "parent": [
        {
          "target": "Move into engineering management",
          "path": "Goals/Move into engineering management.md"
        }
      ],
      "accountability": "[[Marcus Oyelaran]]",
      "target": 3,
      "current": 3,
      "reviewed": "2026-03-20",
      "completed": "2026-03-18",
      "created": "2025-03-10",
      "tags": [
        "career/promotion"
      ],
      "progress": {
        "done": 4,
        "total": 4
      }
    },
    {
      "path": "Goals/Earn the AWS Solutions Architect certification.md",
      "title": "Earn the AWS Solutions Architect certification",
      "type": "goal",
      "status": "dropped",
      "horizon": "short",
      "deadline": "2026-06-30",
      "metric": "Pass the AWS Solutions Architect Associate exam",
      "parent": [
        {
          "target": "Move into engineering management",
          "path": "Goals/Move into engineering management.md"
        }
      ],
      "accountability": "[[Priya Natarajan]]",
      "target": null,
      "current": null,
      "reviewed": "2026-04-10",
      "completed": null,
      "created": "2026-01-05",
      "tags": [
        "learning"
      ],
      "progress": {
        "done": 1,
        "total": 1
      }
    },
    {
      "path": "Goals/Finish the Coaching for Engineers course.md",
      "title": "Finish the Coaching for Engineers course",
      "type": "goal",
      "status": "active",
      "horizon": "short",
      "deadline": "2026-10-31",
      "metric": "Complete all 8 modules and receive the course certificate",
      "parent": [
        {
          "target": "Develop coaching and mentoring skills",
          "path": "Goals/Develop coaching and mentoring skills.md"
        }
      ],
      "accountability": "[[Priya Natarajan]]",
      "target": 8,
      "current": 6,
      "reviewed": "2026-11-08",
      "completed": null,
      "created": "2026-09-05",
      "tags": [
        "mentoring",
        "learning"
      ],
      "progress": {
        "done": 2,
        "total": 3
      }
    },
    {
      "path": "Goals/Get better at leadership.md",
      "title": "Get better at leadership",
      "type": "goal",
      "status": "active",
      "horizon": "medium",
      "deadline": null,
      "metric": null,
      "parent": [
        {
          "target": "Move into engineering management",
          "path": "Goals/Move into engineering management.md"
        }
      ],
      "accountability": "[[Priya Natarajan]]",
      "target": null,
      "current": null,
      "reviewed": "2026-10-02",
      "completed": null,
      "created": "2026-01-10",
      "tags": [
        "career/management"
      ],
      "progress": {
        "done": 0,
        "total": 0
      }
    },
    {
      "path": "Goals/Get promoted to Engineering Manager.md",
      "title": "Get promoted to Engineering Manager",
      "type": "goal",
      "status": "active",
      "horizon": "medium",
      "deadline": "2027-09-30",
      "metric": "Engineering Manager title confirmed in the September 2027 promotion round",
      "parent": [
        {
          "target": "Move into engineering management",
          "path": "Goals/Move into engineering management.md"
        }
      ],
      "accountability": "[[Priya Natarajan]]",
      "target": null,
      "current": null,
      "reviewed": "2026-10-02",
      "completed": null,
      "created": "2026-06-01",
      "tags": [
        "career/promotion"
      ],
      "progress": {
        "done": 0,
        "total": 0
      }
    },
    {
      "path": "Goals/Give a talk at the internal engineering summit.md",
      "title": "Give a talk at the internal engineering summit",
      "type": "goal",
      "status": "active",
      "horizon": "short",
      "deadline": "2026-12-10",
      "metric": "Deliver a 20-minute talk on our incident review process at the December summit",
      "parent": [],
      "accountability": "[[Marcus Oyelaran]]",
      "target": null,
      "current": null,
      "reviewed": "2026-11-15",
      "completed": null,
      "created": "2026-10-05",
      "tags": [
        "speaking"
      ],
      "progress": {
        "done": 1,
        "total": 3
      }
    },
    {
      "path": "Goals/Have a career growth conversation with my manager.md",
      "title": "Have a career growth conversation with my manager",
      "type": "goal",
      "status": "done",
      "horizon": "short",
      "deadline": "2026-07-31",
      "metric": "A written summary of the conversation, agreed with Marcus, that names one leadership opportunity",
      "parent": [
        {
          "target": "Serve as acting tech lead for two quarters",
          "path": "Goals/Serve as acting tech lead for two quarters.md"
        }
      ],
      "accountability": "[[Marcus Oyelaran]]",
      "target": null,
      "current": null,
      "reviewed": "2026-07-21",
      "completed": "2026-07-21",
      "created": "2026-06-28",
      "tags": [
        "career/management"
      ],
      "progress": {
        "done": 3,
        "total": 3
      }
    },
    {
      "path": "Goals/Lead the sprint planning cycle for Q1 2027.md",
      "title": "Lead the sprint planning cycle for Q1 2027",
      "type": "goal",
      "status": "active",
      "horizon": "short",
      "deadline": "2026-12-18",
      "metric": "The Q1 2027 plan is agreed by the squad and by product in a single planning session",
      "parent": [
        {
          "target": "Serve as acting tech lead for two quarters",
          "path": "Goals/Serve as acting tech lead for two quarters.md"
        }
      ],
      "accountability": "[[Marcus Oyelaran]]",
      "target": null,
      "current": null,
      "reviewed": "2026-11-15",
      "completed": null,
      "created": "2026-09-28",
      "tags": [
        "career/management"
      ],
      "progress": {
        "done": 1,
        "total": 3
      }
    },
    {
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
    {
      "path": "Goals/Move into engineering management.md",
      "title": "Move into engineering management",
      "type": "goal",
      "status": "active",
      "horizon": "long",
      "deadline": "2028-12-31",
      "metric": "Hold an Engineering Manager role with at least 4 direct reports for 6 months",
      "parent": [
        {
          "target": "My north star",
          "path": "Vision/My north star.md"
        }
      ],
      "accountability": "[[Priya Natarajan]]",
      "target": 4,
      "current": 0,
      "reviewed": "2026-10-02",
      "completed": null,
      "created": "2025-01-04",
      "tags": [
        "career/management"
      ],
      "progress": {
        "done": 0,
        "total": 0
      }
    },
    {
      "path": "Goals/Pass the internal system design certification.md",
      "title": "Pass the internal system design certification",
      "type": "goal",
      "status": "done",
      "horizon": "short",
      "deadline": "2025-12-15",
      "metric": "Pass the internal system design certification on the first attempt",
      "parent": [
        {
          "target": "Earn promotion to Senior Software Engineer by the March 2026 review cycle",
          "path": "Goals/Earn promotion to Senior Software Engineer by the March 2026 review cycle.md"
        }
      ],
      "accountability": "[[Marcus Oyelaran]]",
      "target": null,
      "current": null,
      "reviewed": "2025-12-09",
      "completed": "2025-12-09",
      "created": "2025-09-15",
      "tags": [
        "career/promotion"
      ],
      "progress": {
        "done": 3,
        "total": 3
      }
    },
    {
      "path": "Goals/Run the interview loop for two backend hires.md",
      "title": "Run the interview loop for two backend hires",
      "type": "goal",
      "status": "planned",
      "horizon": "short",
      "deadline": "2027-03-31",
      "metric": "Act as loop lead for 2 backend hires, with debrief notes signed off by the hiring manager",
      "parent": [
        {
          "target": "Serve as acting tech lead for two quarters",
          "path": "Goals/Serve as acting tech lead for two quarters.md"
        }
      ],
      "accountability": "[[Marcus Oyelaran]]",
      "target": 2,
      "current": 0,
      "reviewed": "2026-11-10",
      "completed": null,
      "created": "2026-11-10",
      "tags": [
        "hiring"
      ],
      "progress": {
        "done": 0,
        "total": 0
      }
    },
    {
      "path": "Goals/Serve as acting tech lead for two quarters.md",
      "title": "Serve as acting tech lead for two quarters",
      "type": "goal",
      "status": "active",
      "horizon": "medium",
      "deadline": "2027-06-30",
      "metric": "Two full quarters as acting tech lead of the Payments squad, with written feedback from the team and my manager",
      "parent": [
        {
          "target": "Move into engineering management",
          "path": "Goals/Move into engineering management.md"
        }
      ],
      "accountability": "[[Marcus Oyelaran]]",
      "target": 2,
      "current": 0,
      "reviewed": "2026-11-15",
      "completed": null,
      "created": "2026-06-20",
      "tags": [
        "career/management"
      ],
      "progress": {
        "done": 2,
        "total": 5
      }
    },
    {
      "path": "Reviews/2026-10.md",
      "title": "October 2026 deep dive",
      "type": "review",
      "status": null,
      "horizon": null,
      "deadline": null,
      "metric": null,
      "parent": [],
      "accountability": null,
      "target": null,
      "current": null,
      "reviewed": null,
      "completed": null,
      "created": null,
      "tags": [
        "review/monthly"
      ],
      "progress": {
        "done": 0,
        "total": 0
      },
      "cadence": "monthly",
      "date": "2026-10-31",
      "sprint": {
        "target": "2026-Q4",
        "path": "Sprints/2026-Q4.md"
      }
    },
    {
      "path": "Reviews/2026-Q3 review.md",
      "title": "2026-Q3 review",
      "type": "review",
      "status": null,
      "horizon": null,
      "deadline": null,
      "metric": null,
      "parent": [],
      "accountability": null,
      "target": null,
      "current": null,
      "reviewed": null,
      "completed": null,
      "created": null,
      "tags": [
        "review/quarterly"
      ],
      "progress": {
        "done": 0,
        "total": 0
      },
      "cadence": "quarterly",
      "date": "2026-10-02",
      "sprint": {
        "target": "2026-Q3",
        "path": "Sprints/2026-Q3.md"
      }
    },
    {
      "path": "Reviews/2026-W46.md",
      "title": "Week 46",
      "type": "review",
      "status": null,
      "horizon": null,
      "deadline": null,
      "metric": null,
      "parent": [],
      "accountability": null,
      "target": null,
      "current": null,
      "reviewed": null,
      "completed": null,
      "created": null,
      "tags": [
        "review/weekly"
      ],
      "progress": {
        "done": 0,
        "total": 0
      },
      "cadence": "weekly",
      "date": "2026-11-15",
      "sprint": {
        "target": "2026-Q4",
        "path": "Sprints/2026-Q4.md"
      }
    },
    {
      "path": "Reviews/2026-W47.md",
      "title": "Week 47",
      "type": "review",
      "status": null,
      "horizon": null,
      "deadline": null,
      "metric": null,
      "parent": [],
      "accountability": null,
      "target": null,
      "current": null,
      "reviewed": null,
      "completed": null,
      "created": null,
      "tags": [
        "review/weekly"
      ],
      "progress": {
        "done": 0,
        "total": 0
      },
      "cadence": "weekly",
      "date": "2026-11-22",
      "sprint": {
        "target": "2026-Q4",
        "path": "Sprints/2026-Q4.md"
      }
    },
    {
      "path": "Sprints/2026-Q3.md",
      "title": "Q3 2026 career sprint",
      "type": "sprint",
      "status": null,
      "horizon": null,
      "deadline": null,
      "metric": null,
      "parent": [
        {
          "target": "Move into engineering management",
          "path": "Goals/Move into engineering management.md"
        }
      ],
      "accountability": null,
      "target": null,
      "current": null,
      "reviewed": null,
      "completed": null,
      "created": null,
      "tags": [
        "sprint"
      ],
      "progress": {
        "done": 3,
        "total": 6
      },
      "quarter": "2026-Q3",
      "start": "2026-07-01",
      "end": "2026-09-30",
      "goals": [
        {
          "title": "Have a career growth conversation with my manager",
          "path": "Goals/Have a career growth conversation with my manager.md",
          "metric": "A summary Marcus agrees with, naming one leadership opportunity",
          "milestones": {
            "done": 3,
            "total": 3
          }
        },
        {
          "title": "Identify one leadership opportunity on the Payments team",
          "path": null,
          "metric": "One named leadership role agreed for Q4",
          "milestones": {
            "done": 0,
            "total": 3
          }
        }
      ]
    },
    {
      "path": "Sprints/2026-Q4.md",
      "title": "Q4 2026 career sprint",
      "type": "sprint",
      "status": null,
      "horizon": null,
      "deadline": null,
      "metric": null,
      "parent": [
        {
          "target": "Move into engineering management",
          "path": "Goals/Move into engineering management.md"
        }
      ],
      "accountability": null,
      "target": null,
      "current": null,
      "reviewed": null,
      "completed": null,
      "created": null,
      "tags": [
        "sprint"
      ],
      "progress": {
        "done": 5,
        "total": 9
      },
      "quarter": "2026-Q4",
      "start": "2026-10-01",
      "end": "2026-12-31",
      "goals": [
        {
          "title": "Mentor 2 junior engineers",
          "path": "Goals/Mentor 2 junior engineers.md",
          "metric": "Both mentees have a written growth plan and 6 logged sessions each",
          "milestones": {
            "done": 2,
            "total": 3
          }
        },
        {
          "title": "Lead the sprint planning cycle for Q1 2027",
          "path": "Goals/Lead the sprint planning cycle for Q1 2027.md",
          "metric": "Q1 2027 plan agreed by the squad and product in one session",
          "milestones": {
            "done": 1,
            "total": 3
          }
        },
        {
          "title": "Finish the Coaching for Engineers course",
          "path": "Goals/Finish the Coaching for Engineers course.md",
          "metric": "Course certificate received",
          "milestones": {
            "done": 2,
            "total": 3
          }
        }
      ]
    },
    {
      "path": "Vision/My north star.md",
      "title": "My north star",
      "type": "vision",
      "status": null,
      "horizon": null,
      "deadline": null,
      "metric": null,
      "parent": [],
      "accountability": null,
      "target": null,
      "current": null,
      "reviewed": null,
      "completed": null,
      "created": "2025-01-04",
      "tags": [
        "career"
      ],
      "progress": {
        "done": 0,
        "total": 0
      },
      "values": [
        "growth",
        "people first",
        "craft",
        "honesty"
      ]
    }
  ]
}
