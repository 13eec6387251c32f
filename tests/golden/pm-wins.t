$ goals --vault examples/product-manager --today 2026-11-22 wins
? 0
--- stdout
All wins so far (no quarterly review yet):

- 2026-11-15 — Complete the Google Project Management Certificate: Courses 3 and 4
- 2026-11-05 — Attend 2 local product management meetups: Coffee with one person I met
- 2026-10-22 — Attend 2 local product management meetups: October meetup
- 2026-10-17 — Complete the Google Project Management Certificate: Courses 1 and 2
- 2026-10-16 — Lead a small internal project: Spec agreed with the support lead
--- stderr
