$ goals --vault examples/engineering-manager --today 2026-11-22 new sprint --dry-run
? 0
--- stdout
---
type: sprint
quarter: "2027-Q1"
start: 2027-01-01
end: 2027-03-31
goals:
  - "[[Mentor 2 junior engineers]]"
  - "[[Lead the sprint planning cycle for Q1 2027]]"
  - "[[Finish the Coaching for Engineers course]]"
parent: "[[Move into engineering management]]"
---
# Q1 2027 career sprint

## Goal 1: [[Mentor 2 junior engineers]]
- [ ] Week 1-4: … 📅 2027-01-28
- [ ] Week 5-8: … 📅 2027-02-25
- [ ] Week 9-13: … 📅 2027-03-31
- Success metric: Both mentees have a written growth plan and 6 logged sessions each

## Goal 2: [[Lead the sprint planning cycle for Q1 2027]]
- [ ] Week 1-4: … 📅 2027-01-28
- [ ] Week 5-8: … 📅 2027-02-25
- [ ] Week 9-13: … 📅 2027-03-31
- Success metric: The Q1 2027 plan is agreed by the squad and by product in a single planning session

## Goal 3: [[Finish the Coaching for Engineers course]]
- [ ] Week 1-4: … 📅 2027-01-28
- [ ] Week 5-8: … 📅 2027-02-25
- [ ] Week 9-13: … 📅 2027-03-31
- Success metric: Complete all 8 modules and receive the course certificate
--- stderr
goals: proposed from the last sprint's unfinished goals and the last quarterly review:
  - Mentor 2 junior engineers
  - Lead the sprint planning cycle for Q1 2027
  - Finish the Coaching for Engineers course
goals: 'Mentor 2 junior engineers' was due 2026-12-31, before the sprint starts; give it a new deadline: goals move "Mentor 2 junior engineers" --to 2027-03-31
goals: 'Lead the sprint planning cycle for Q1 2027' was due 2026-12-18, before the sprint starts; give it a new deadline: goals move "Lead the sprint planning cycle for Q1 2027" --to 2027-03-31
goals: 'Finish the Coaching for Engineers course' was due 2026-10-31, before the sprint starts; give it a new deadline: goals move "Finish the Coaching for Engineers course" --to 2027-03-31
