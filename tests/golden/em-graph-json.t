$ goals --vault examples/engineering-manager --today 2026-11-22 graph --format json
? 0
--- stdout
{
  "schema_version": 1,
  "nodes": [
    {
      "id": "n0",
      "kind": "goal",
      "title": "Build a network of engineering managers",
      "path": "Goals/Build a network of engineering managers.md",
      "horizon": "medium",
      "status": "active",
      "deadline": "2027-06-30",
      "progress": {
        "done": 1,
        "total": 2
      }
    },
    {
      "id": "n1",
      "kind": "goal",
      "title": "Develop coaching and mentoring skills",
      "path": "Goals/Develop coaching and mentoring skills.md",
      "horizon": "medium",
      "status": "active",
      "deadline": "2027-06-30",
      "progress": {
        "done": 2,
        "total": 4
      }
    },
    {
      "id": "n2",
      "kind": "goal",
      "title": "Earn promotion to Senior Software Engineer by the March 2026 review cycle",
      "path": "Goals/Earn promotion to Senior Software Engineer by the March 2026 review cycle.md",
      "horizon": "medium",
      "status": "done",
      "deadline": "2026-03-31",
      "progress": {
        "done": 4,
        "total": 4
      }
    },
    {
      "id": "n3",
      "kind": "goal",
      "title": "Earn the AWS Solutions Architect certification",
      "path": "Goals/Earn the AWS Solutions Architect certification.md",
      "horizon": "short",
      "status": "dropped",
      "deadline": "2026-06-30",
      "progress": {
        "done": 1,
        "total": 1
      }
    },
    {
      "id": "n4",
      "kind": "goal",
      "title": "Finish the Coaching for Engineers course",
      "path": "Goals/Finish the Coaching for Engineers course.md",
      "horizon": "short",
      "status": "active",
      "deadline": "2026-10-31",
      "progress": {
        "done": 2,
        "total": 3
      }
    },
    {
      "id": "n5",
      "kind": "goal",
      "title": "Get better at leadership",
      "path": "Goals/Get better at leadership.md",
      "horizon": "medium",
      "status": "active",
      "deadline": null,
      "progress": {
        "done": 0,
        "total": 0
      }
    },
    {
      "id": "n6",
      "kind": "goal",
      "title": "Get promoted to Engineering Manager",
      "path": "Goals/Get promoted to Engineering Manager.md",
      "horizon": "medium",
      "status": "active",
      "deadline": "2027-09-30",
      "progress": {
        "done": 0,
        "total": 0
      }
    },
    {
      "id": "n7",
      "kind": "goal",
      "title": "Give a talk at the internal engineering summit",
      "path": "Goals/Give a talk at the internal engineering summit.md",
      "horizon": "short",
      "status": "active",
      "deadline": "2026-12-10",
      "progress": {
        "done": 1,
        "total": 3
      }
    },
    {
      "id": "n8",
      "kind": "goal",
      "title": "Have a career growth conversation with my manager",
      "path": "Goals/Have a career growth conversation with my manager.md",
      "horizon": "short",
      "status": "done",
      "deadline": "2026-07-31",
      "progress": {
        "done": 3,
        "total": 3
      }
    },
    {
      "id": "n9",
      "kind": "goal",
      "title": "Lead the sprint planning cycle for Q1 2027",
      "path": "Goals/Lead the sprint planning cycle for Q1 2027.md",
      "horizon": "short",
      "status": "active",
      "deadline": "2026-12-18",
      "progress": {
        "done": 1,
        "total": 3
      }
    },
    {
      "id": "n10",
      "kind": "goal",
      "title": "Mentor 2 junior engineers",
      "path": "Goals/Mentor 2 junior engineers.md",
      "horizon": "short",
      "status": "active",
      "deadline": "2026-12-31",
      "progress": {
        "done": 5,
        "total": 7
      }
    },
    {
      "id": "n11",
      "kind": "goal",
      "title": "Move into engineering management",
      "path": "Goals/Move into engineering management.md",
      "horizon": "long",
      "status": "active",
      "deadline": "2028-12-31",
      "progress": {
        "done": 0,
        "total": 0
      }
    },
    {
      "id": "n12",
      "kind": "goal",
      "title": "Pass the internal system design certification",
      "path": "Goals/Pass the internal system design certification.md",
      "horizon": "short",
      "status": "done",
      "deadline": "2025-12-15",
      "progress": {
        "done": 3,
        "total": 3
      }
    },
    {
      "id": "n13",
      "kind": "goal",
      "title": "Run the interview loop for two backend hires",
      "path": "Goals/Run the interview loop for two backend hires.md",
      "horizon": "short",
      "status": "planned",
      "deadline": "2027-03-31",
      "progress": {
        "done": 0,
        "total": 0
      }
    },
    {
      "id": "n14",
      "kind": "goal",
      "title": "Serve as acting tech lead for two quarters",
      "path": "Goals/Serve as acting tech lead for two quarters.md",
      "horizon": "medium",
      "status": "active",
      "deadline": "2027-06-30",
      "progress": {
        "done": 2,
        "total": 5
      }
    },
    {
      "id": "n15",
      "kind": "review",
      "title": "October 2026 deep dive",
      "path": "Reviews/2026-10.md"
    },
    {
      "id": "n16",
      "kind": "review",
      "title": "2026-Q3 review",
      "path": "Reviews/2026-Q3 review.md"
    },
    {
      "id": "n17",
      "kind": "review",
      "title": "Week 46",
      "path": "Reviews/2026-W46.md"
    },
    {
      "id": "n18",
      "kind": "review",
      "title": "Week 47",
      "path": "Reviews/2026-W47.md"
    },
    {
      "id": "n19",
      "kind": "sprint",
      "title": "Q3 2026 career sprint",
      "path": "Sprints/2026-Q3.md",
      "start": "2026-07-01",
      "end": "2026-09-30"
    },
    {
      "id": "n20",
      "kind": "sprint",
      "title": "Q4 2026 career sprint",
      "path": "Sprints/2026-Q4.md",
      "start": "2026-10-01",
      "end": "2026-12-31"
    },
    {
      "id": "n21",
      "kind": "vision",
      "title": "My north star",
      "path": "Vision/My north star.md"
    },
    {
      "id": "n22",
      "kind": "goal",
      "title": "Identify one leadership opportunity on the Payments team",
      "path": null,
      "horizon": "short",
      "status": "active",
      "deadline": "2026-09-30",
      "progress": {
        "done": 0,
        "total": 3
      },
      "sprint": "n19"
    }
  ],
  "edges": [
    {
      "from": "n0",
      "to": "n11",
      "kind": "parent"
    },
    {
      "from": "n1",
      "to": "n11",
      "kind": "parent"
    },
    {
      "from": "n2",
      "to": "n11",
      "kind": "parent"
    },
    {
      "from": "n3",
      "to": "n11",
      "kind": "parent"
    },
    {
      "from": "n4",
      "to": "n1",
      "kind": "parent"
    },
    {
      "from": "n5",
      "to": "n11",
      "kind": "parent"
    },
    {
      "from": "n6",
      "to": "n11",
      "kind": "parent"
    },
    {
      "from": "n8",
      "to": "n14",
      "kind": "parent"
    },
    {
      "from": "n9",
      "to": "n14",
      "kind": "parent"
    },
    {
      "from": "n10",
      "to": "n1",
      "kind": "parent"
    },
    {
      "from": "n11",
      "to": "n21",
      "kind": "parent"
    },
    {
      "from": "n12",
      "to": "n2",
      "kind": "parent"
    },
    {
      "from": "n13",
      "to": "n14",
      "kind": "parent"
    },
    {
      "from": "n14",
      "to": "n11",
      "kind": "parent"
    },
    {
      "from": "n15",
      "to": "n20",
      "kind": "reviews"
    },
    {
      "from": "n16",
      "to": "n19",
      "kind": "reviews"
    },
    {
      "from": "n17",
      "to": "n20",
      "kind": "reviews"
    },
    {
      "from": "n18",
      "to": "n20",
      "kind": "reviews"
    },
    {
      "from": "n19",
      "to": "n8",
      "kind": "goal"
    },
    {
      "from": "n19",
      "to": "n22",
      "kind": "goal"
    },
    {
      "from": "n19",
      "to": "n11",
      "kind": "serves"
    },
    {
      "from": "n20",
      "to": "n10",
      "kind": "goal"
    },
    {
      "from": "n20",
      "to": "n9",
      "kind": "goal"
    },
    {
      "from": "n20",
      "to": "n4",
      "kind": "goal"
    },
    {
      "from": "n20",
      "to": "n11",
      "kind": "serves"
    },
    {
      "from": "n22",
      "to": "n11",
      "kind": "parent"
    }
  ]
}
