$ goals --vault examples/engineering-manager --today 2026-11-22 wins --since 2025-01-01
? 0
--- stdout
Wins since 2025-01-01:

- 2026-11-20 — Mentor 2 junior engineers: Three sessions each and one written growth area per mentee
- 2026-10-30 — Finish the Coaching for Engineers course: Modules 5-6
- 2026-10-27 — Lead the sprint planning cycle for Q1 2027: Shadow Dana through the mid-quarter re-plan
- 2026-10-13 — Finish the Coaching for Engineers course: Modules 1-4
- 2026-10-12 — Mentor 2 junior engineers: Agree mentoring goals with Sam and Lea and book a fortnightly slot
- 2026-07-22 — Have a career growth conversation with my manager: Send a written summary and get it confirmed
- 2026-07-21 — Have a career growth conversation with my manager (goal completed): A written summary of the conversation, agreed with Marcus, that names one leadership opportunity
- 2026-07-21 — Have a career growth conversation with my manager: Hold the conversation in our 1:1
- 2026-07-10 — Have a career growth conversation with my manager: Write down three questions for Marcus
- 2026-03-18 — Earn promotion to Senior Software Engineer by the March 2026 review cycle (goal completed): Lead 2 cross-functional projects, mentor 1 junior developer and pass the internal system design certification, then meet the senior bar of the leveling rubric
- 2025-12-09 — Pass the internal system design certification (goal completed): Pass the internal system design certification on the first attempt
--- stderr
