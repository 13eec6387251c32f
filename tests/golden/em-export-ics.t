$ goals --vault examples/engineering-manager --today 2026-11-22 export ics
? 0
--- stdout
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//goals//goals export ics//EN
CALSCALE:GREGORIAN
NAME:Goals (engineering-manager)
X-WR-CALNAME:Goals (engineering-manager)
BEGIN:VEVENT
UID:deadline-87fdd574cd3e2541@goals
DTSTAMP:20261122T000000Z
DTSTART;VALUE=DATE:20251215
DTEND;VALUE=DATE:20251216
SUMMARY:✅ Deadline: Pass the internal system design certification
DESCRIPTION:Short goal\, done 2025-12-09.\nMetric: Pass the internal system
  design certification on the first attempt\nNote: Goals/Pass the internal 
 system design certification.md
CATEGORIES:Deadline
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
UID:deadline-d0ff1951c93bc74e@goals
DTSTAMP:20261122T000000Z
DTSTART;VALUE=DATE:20260331
DTEND;VALUE=DATE:20260401
SUMMARY:✅ Deadline: Earn promotion to Senior Software Engineer by the Mar
 ch 2026 review cycle
DESCRIPTION:Medium goal\, done 2026-03-18.\nMetric: Lead 2 cross-functional
  projects\, mentor 1 junior developer and pass the internal system design 
 certification\, then meet the senior bar of the leveling rubric\nNote: Goa
 ls/Earn promotion to Senior Software Engineer by the March 2026 review cyc
 le.md
CATEGORIES:Deadline
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
UID:milestone-1018843b0b4ac57f@goals
DTSTAMP:20261122T000000Z
DTSTART;VALUE=DATE:20260714
DTEND;VALUE=DATE:20260715
SUMMARY:✅ Have a career growth conversation with my manager: Week 1-2: Wr
 ite down three questions for Marcus
DESCRIPTION:Sprint 2026-Q3\, weeks 1-2.\nDone 2026-07-10.\nMetric: A summar
 y Marcus agrees with\, naming one leadership opportunity\nNote: Sprints/20
 26-Q3.md\, line 17
CATEGORIES:Milestone
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
UID:milestone-8e69307674805041@goals
DTSTAMP:20261122T000000Z
DTSTART;VALUE=DATE:20260728
DTEND;VALUE=DATE:20260729
SUMMARY:✅ Have a career growth conversation with my manager: Week 3-4: Ho
 ld the conversation in our 1:1
DESCRIPTION:Sprint 2026-Q3\, weeks 3-4.\nDone 2026-07-21.\nMetric: A summar
 y Marcus agrees with\, naming one leadership opportunity\nNote: Sprints/20
 26-Q3.md\, line 18
CATEGORIES:Milestone
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
UID:milestone-ea4972baf8e59ba0@goals
DTSTAMP:20261122T000000Z
DTSTART;VALUE=DATE:20260728
DTEND;VALUE=DATE:20260729
SUMMARY:Identify one leadership opportunity on the Payments team: Week 1-4:
  List the gaps the team has today (planning\, reviews\, on-call\, onboardi
 ng)
DESCRIPTION:Sprint 2026-Q3\, weeks 1-4.\nDue by the end of week 4 (no 📅 
 date on the milestone).\nMetric: One named leadership role agreed for Q4\n
 Note: Sprints/2026-Q3.md\, line 23
CATEGORIES:Milestone
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
UID:deadline-157975bd5693501f@goals
DTSTAMP:20261122T000000Z
DTSTART;VALUE=DATE:20260731
DTEND;VALUE=DATE:20260801
SUMMARY:✅ Deadline: Have a career growth conversation with my manager
DESCRIPTION:Short goal\, done 2026-07-21.\nMetric: A written summary of the
  conversation\, agreed with Marcus\, that names one leadership opportunity
 \nNote: Goals/Have a career growth conversation with my manager.md
CATEGORIES:Deadline
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
UID:milestone-f0e0288c0ec4a4cc@goals
DTSTAMP:20261122T000000Z
DTSTART;VALUE=DATE:20260731
DTEND;VALUE=DATE:20260801
SUMMARY:✅ Have a career growth conversation with my manager: Week 3-4: Se
 nd a written summary and get it confirmed
DESCRIPTION:Sprint 2026-Q3\, weeks 3-4.\nDone 2026-07-22.\nMetric: A summar
 y Marcus agrees with\, naming one leadership opportunity\nNote: Sprints/20
 26-Q3.md\, line 19
CATEGORIES:Milestone
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
UID:milestone-bca83ee7e32b89bb@goals
DTSTAMP:20261122T000000Z
DTSTART;VALUE=DATE:20260825
DTEND;VALUE=DATE:20260826
SUMMARY:Identify one leadership opportunity on the Payments team: Week 5-8:
  Pick one gap and test it by running two design reviews
DESCRIPTION:Sprint 2026-Q3\, weeks 5-8.\nDue by the end of week 8 (no 📅 
 date on the milestone).\nMetric: One named leadership role agreed for Q4\n
 Note: Sprints/2026-Q3.md\, line 24
CATEGORIES:Milestone
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
UID:milestone-01aa136573fd8560@goals
DTSTAMP:20261122T000000Z
DTSTART;VALUE=DATE:20260929
DTEND;VALUE=DATE:20260930
SUMMARY:Identify one leadership opportunity on the Payments team: Week 9-13
 : Agree a concrete role with Marcus before the quarter ends
DESCRIPTION:Sprint 2026-Q3\, weeks 9-13.\nDue by the end of week 13 (no 
 📅 date on the milestone).\nMetric: One named leadership role agreed for
  Q4\nNote: Sprints/2026-Q3.md\, line 25
CATEGORIES:Milestone
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
UID:milestone-1093aa6bc7f24e41@goals
DTSTAMP:20261122T000000Z
DTSTART;VALUE=DATE:20261014
DTEND;VALUE=DATE:20261015
SUMMARY:✅ Finish the Coaching for Engineers course: Week 1-2: Modules 1-4
DESCRIPTION:Sprint 2026-Q4\, weeks 1-2.\nDone 2026-10-13.\nMetric: Course c
 ertificate received\nNote: Sprints/2026-Q4.md\, line 31
CATEGORIES:Milestone
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
UID:milestone-4b125e4a479be11f@goals
DTSTAMP:20261122T000000Z
DTSTART;VALUE=DATE:20261025
DTEND;VALUE=DATE:20261026
SUMMARY:✅ Finish the Coaching for Engineers course: Week 3-4: Modules 5-6
DESCRIPTION:Sprint 2026-Q4\, weeks 3-4.\nDone 2026-10-30.\nMetric: Course c
 ertificate received\nNote: Sprints/2026-Q4.md\, line 32
CATEGORIES:Milestone
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
UID:milestone-7912137d7b12f654@goals
DTSTAMP:20261122T000000Z
DTSTART;VALUE=DATE:20261028
DTEND;VALUE=DATE:20261029
SUMMARY:✅ Mentor 2 junior engineers: Week 1-4: Agree mentoring goals with
  Sam and Lea and book a fortnightly slot
DESCRIPTION:Sprint 2026-Q4\, weeks 1-4.\nDone 2026-10-12.\nMetric: Both men
 tees have a written growth plan and 6 logged sessions each\nNote: Sprints/
 2026-Q4.md\, line 19
CATEGORIES:Milestone
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
UID:milestone-65742bd5a971da32@goals
DTSTAMP:20261122T000000Z
DTSTART;VALUE=DATE:20261028
DTEND;VALUE=DATE:20261029
SUMMARY:✅ Lead the sprint planning cycle for Q1 2027: Week 1-4: Shadow Da
 na through the mid-quarter re-plan
DESCRIPTION:Sprint 2026-Q4\, weeks 1-4.\nDone 2026-10-27.\nMetric: Q1 2027 
 plan agreed by the squad and product in one session\nNote: Sprints/2026-Q4
 .md\, line 25
CATEGORIES:Milestone
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
UID:deadline-38c03d6ff5bf1995@goals
DTSTAMP:20261122T000000Z
DTSTART;VALUE=DATE:20261031
DTEND;VALUE=DATE:20261101
SUMMARY:Deadline: Finish the Coaching for Engineers course
DESCRIPTION:Short goal\, active.\nMetric: Complete all 8 modules and receiv
 e the course certificate\nNote: Goals/Finish the Coaching for Engineers co
 urse.md
CATEGORIES:Deadline
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
UID:milestone-8ae4287a68edd254@goals
DTSTAMP:20261122T000000Z
DTSTART;VALUE=DATE:20261031
DTEND;VALUE=DATE:20261101
SUMMARY:Finish the Coaching for Engineers course: Week 4-5: Modules 7-8 and
  the recorded coaching conversation
DESCRIPTION:Sprint 2026-Q4\, weeks 4-5.\nMetric: Course certificate receive
 d\nNote: Sprints/2026-Q4.md\, line 33
CATEGORIES:Milestone
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
UID:milestone-38a99d5230d9e0cd@goals
DTSTAMP:20261122T000000Z
DTSTART;VALUE=DATE:20261125
DTEND;VALUE=DATE:20261126
SUMMARY:✅ Mentor 2 junior engineers: Week 5-8: Three sessions each and on
 e written growth area per mentee
DESCRIPTION:Sprint 2026-Q4\, weeks 5-8.\nDone 2026-11-20.\nMetric: Both men
 tees have a written growth plan and 6 logged sessions each\nNote: Sprints/
 2026-Q4.md\, line 20
CATEGORIES:Milestone
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
UID:milestone-3a93715759a4d8e5@goals
DTSTAMP:20261122T000000Z
DTSTART;VALUE=DATE:20261125
DTEND;VALUE=DATE:20261126
SUMMARY:Lead the sprint planning cycle for Q1 2027: Week 5-8: Build the cap
 acity model and share a draft plan
DESCRIPTION:Sprint 2026-Q4\, weeks 5-8.\nMetric: Q1 2027 plan agreed by the
  squad and product in one session\nNote: Sprints/2026-Q4.md\, line 26
CATEGORIES:Milestone
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
UID:deadline-3b85be897d6d8abe@goals
DTSTAMP:20261122T000000Z
DTSTART;VALUE=DATE:20261210
DTEND;VALUE=DATE:20261211
SUMMARY:Deadline: Give a talk at the internal engineering summit
DESCRIPTION:Short goal\, active.\nMetric: Deliver a 20-minute talk on our i
 ncident review process at the December summit\nNote: Goals/Give a talk at 
 the internal engineering summit.md
CATEGORIES:Deadline
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
UID:deadline-f448c18afb6352ef@goals
DTSTAMP:20261122T000000Z
DTSTART;VALUE=DATE:20261218
DTEND;VALUE=DATE:20261219
SUMMARY:Deadline: Lead the sprint planning cycle for Q1 2027
DESCRIPTION:Short goal\, active.\nMetric: The Q1 2027 plan is agreed by the
  squad and by product in a single planning session\nNote: Goals/Lead the s
 print planning cycle for Q1 2027.md
CATEGORIES:Deadline
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
UID:milestone-fa92173af38c16c9@goals
DTSTAMP:20261122T000000Z
DTSTART;VALUE=DATE:20261218
DTEND;VALUE=DATE:20261219
SUMMARY:Lead the sprint planning cycle for Q1 2027: Week 9-12: Run the Q1 p
 lanning session
DESCRIPTION:Sprint 2026-Q4\, weeks 9-12.\nMetric: Q1 2027 plan agreed by th
 e squad and product in one session\nNote: Sprints/2026-Q4.md\, line 27
CATEGORIES:Milestone
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
UID:milestone-3ebe32df98fc54cf@goals
DTSTAMP:20261122T000000Z
DTSTART;VALUE=DATE:20261223
DTEND;VALUE=DATE:20261224
SUMMARY:Mentor 2 junior engineers: Week 9-13: Review both growth plans with
  the mentees and their managers
DESCRIPTION:Sprint 2026-Q4\, weeks 9-13.\nMetric: Both mentees have a writt
 en growth plan and 6 logged sessions each\nNote: Sprints/2026-Q4.md\, line
  21
CATEGORIES:Milestone
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
UID:deadline-f2874acc629af70b@goals
DTSTAMP:20261122T000000Z
DTSTART;VALUE=DATE:20261231
DTEND;VALUE=DATE:20270101
SUMMARY:Deadline: Mentor 2 junior engineers
DESCRIPTION:Short goal\, active.\nMetric: Both mentees have a written growt
 h plan and 6 logged sessions each\nNote: Goals/Mentor 2 junior engineers.m
 d
CATEGORIES:Deadline
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
UID:deadline-89b9caa83bbf0bee@goals
DTSTAMP:20261122T000000Z
DTSTART;VALUE=DATE:20270331
DTEND;VALUE=DATE:20270401
SUMMARY:Deadline: Run the interview loop for two backend hires
DESCRIPTION:Short goal\, planned.\nMetric: Act as loop lead for 2 backend h
 ires\, with debrief notes signed off by the hiring manager\nNote: Goals/Ru
 n the interview loop for two backend hires.md
CATEGORIES:Deadline
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
UID:deadline-6d02e857eb0d0a8a@goals
DTSTAMP:20261122T000000Z
DTSTART;VALUE=DATE:20270630
DTEND;VALUE=DATE:20270701
SUMMARY:Deadline: Build a network of engineering managers
DESCRIPTION:Medium goal\, active.\nMetric: A monthly conversation with 3 en
 gineering managers outside my company\nNote: Goals/Build a network of engi
 neering managers.md
CATEGORIES:Deadline
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
UID:deadline-f5658c1a0ddf1c22@goals
DTSTAMP:20261122T000000Z
DTSTART;VALUE=DATE:20270630
DTEND;VALUE=DATE:20270701
SUMMARY:Deadline: Develop coaching and mentoring skills
DESCRIPTION:Medium goal\, active.\nMetric: Two mentees finish a written gro
 wth plan and rate the mentoring 4 out of 5 or better\, and I hold the coac
 hing course certificate\nNote: Goals/Develop coaching and mentoring skills
 .md
CATEGORIES:Deadline
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
UID:deadline-53b1eb4c01d4d1fc@goals
DTSTAMP:20261122T000000Z
DTSTART;VALUE=DATE:20270630
DTEND;VALUE=DATE:20270701
SUMMARY:Deadline: Serve as acting tech lead for two quarters
DESCRIPTION:Medium goal\, active.\nMetric: Two full quarters as acting tech
  lead of the Payments squad\, with written feedback from the team and my m
 anager\nNote: Goals/Serve as acting tech lead for two quarters.md
CATEGORIES:Deadline
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
UID:deadline-a83cb02360b6557c@goals
DTSTAMP:20261122T000000Z
DTSTART;VALUE=DATE:20270930
DTEND;VALUE=DATE:20271001
SUMMARY:Deadline: Get promoted to Engineering Manager
DESCRIPTION:Medium goal\, active.\nMetric: Engineering Manager title confir
 med in the September 2027 promotion round\nNote: Goals/Get promoted to Eng
 ineering Manager.md
CATEGORIES:Deadline
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
UID:deadline-d5c73838f0bb77dc@goals
DTSTAMP:20261122T000000Z
DTSTART;VALUE=DATE:20281231
DTEND;VALUE=DATE:20290101
SUMMARY:Deadline: Move into engineering management
DESCRIPTION:Long goal\, active.\nMetric: Hold an Engineering Manager role w
 ith at least 4 direct reports for 6 months\nNote: Goals/Move into engineer
 ing management.md
CATEGORIES:Deadline
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
