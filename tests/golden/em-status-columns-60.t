$ COLUMNS=60 goals --vault examples/engineering-manager --today 2026-11-22 status
? 0
--- stdout
Sprint 2026-Q4: Q4 2026 career sprint
Week 8 of 13 - 39 days left - 2026-10-01 to 2026-12-31

  Mentor 2 junior engineers  [########----]   2/3  67%
    Both mentees have a written growth plan and 6 logged...
  Lead the sprint plannin... [####--------]   1/3  33%
    Q1 2027 plan agreed by the squad and product in one s...
  Finish the Coaching for... [########----]   2/3  67%
    Course certificate received

Due this week (2026-11-16 to 2026-11-22)
  nothing
Overdue
  2026-10-31  Finish the Coaching for Engineers course: W...
  2026-10-31  Finish the Coaching for Engineers course: t...

Next review: weekly, due 2026-11-29 (in 7 days):
    goals review --cadence weekly
Wins since the last review (2026-11-22)
  none yet: tick off a milestone and it shows here

Goals                              SMART  deadline      left
My north star (vision)
`- Move into engineering manage... SMART  2028-12-31    770d
   |- Build a network of engine... SMART  2027-06-30    220d
   |- Develop coaching and ment... SMART  2027-06-30    220d
   |  |- Finish the Coaching fo... SMAR-  2026-10-31    -22d
   |  `- Mentor 2 junior engineers SMART  2026-12-31     39d
   |- Get better at leadership     --AR-
   |- Get promoted to Engineeri... SM-RT  2027-09-30    312d
   `- Serve as acting tech lead... SMART  2027-06-30    220d
      |- Lead the sprint planni... SMART  2026-12-18     26d
      `- Run the interview loop... SMART  2027-03-31    129d
Give a talk at the internal eng... SMA-T  2026-12-10     18d
