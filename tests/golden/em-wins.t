$ goals --vault examples/engineering-manager --today 2026-11-22 wins
? 0
--- stdout
Wins since 2026-10-02 (the last quarterly review):

- 2026-11-20 — Mentor 2 junior engineers: Three sessions each and one written growth area per mentee
- 2026-10-30 — Finish the Coaching for Engineers course: Modules 5-6
- 2026-10-27 — Lead the sprint planning cycle for Q1 2027: Shadow Dana through the mid-quarter re-plan
- 2026-10-13 — Finish the Coaching for Engineers course: Modules 1-4
- 2026-10-12 — Mentor 2 junior engineers: Agree mentoring goals with Sam and Lea and book a fortnightly slot
--- stderr
