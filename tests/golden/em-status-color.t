$ goals --vault examples/engineering-manager --today 2026-11-22 --color always status
? 0
--- stdout
[1mSprint 2026-Q4: Q4 2026 career sprint[0m
Week 8 of 13 · 39 days left · 2026-10-01 to 2026-12-31

  Mentor 2 junior engineers            [32m████████████████[0m[2m░░░░░░░░[0m   2/3  67%
[2m    Both mentees have a written growth plan and 6 logged sessions each[0m
  Lead the sprint planning cycle for…  [32m████████[0m[2m░░░░░░░░░░░░░░░░[0m   1/3  33%
[2m    Q1 2027 plan agreed by the squad and product in one session[0m
  Finish the Coaching for Engineers c… [32m████████████████[0m[2m░░░░░░░░[0m   2/3  67%
[2m    Course certificate received[0m

[1mDue this week (2026-11-16 to 2026-11-22)[0m
  nothing
[1mOverdue[0m
  [31m2026-10-31[0m  Finish the Coaching for Engineers course: Week 4-5: Modules 7-8 a…
  [31m2026-10-31[0m  Finish the Coaching for Engineers course: the goal's deadline

[1mNext review[0m: weekly, due 2026-11-29 (in 7 days): goals review --cadence weekly
[1mWins since the last review (2026-11-22)[0m
  none yet: tick off a milestone and it shows here

[1mGoals                                                  SMART  deadline      left[0m
[1mMy north star (vision)[0m
└─ Move into engineering management (long)             [32mS[0m[32mM[0m[32mA[0m[32mR[0m[32mT[0m  2028-12-31    770d
   ├─ Build a network of engineering managers          [32mS[0m[32mM[0m[32mA[0m[32mR[0m[32mT[0m  2027-06-30    220d
   ├─ Develop coaching and mentoring skills            [32mS[0m[32mM[0m[32mA[0m[32mR[0m[32mT[0m  2027-06-30    220d
   │  ├─ Finish the Coaching for Engineers course      [32mS[0m[32mM[0m[32mA[0m[32mR[0m[31m·[0m  2026-10-31  [31m  -22d[0m
   │  └─ Mentor 2 junior engineers                     [32mS[0m[32mM[0m[32mA[0m[32mR[0m[32mT[0m  2026-12-31     39d
   ├─ Get better at leadership                         [31m·[0m[31m·[0m[32mA[0m[32mR[0m[31m·[0m
   ├─ Get promoted to Engineering Manager              [32mS[0m[32mM[0m[31m·[0m[32mR[0m[32mT[0m  2027-09-30    312d
   └─ Serve as acting tech lead for two quarters       [32mS[0m[32mM[0m[32mA[0m[32mR[0m[32mT[0m  2027-06-30    220d
      ├─ Lead the sprint planning cycle for Q1 2027    [32mS[0m[32mM[0m[32mA[0m[32mR[0m[32mT[0m  2026-12-18     26d
      └─ Run the interview loop for two backend hires  [32mS[0m[32mM[0m[32mA[0m[32mR[0m[32mT[0m  2027-03-31    129d
Give a talk at the internal engineering summit (short) [32mS[0m[32mM[0m[32mA[0m[31m·[0m[32mT[0m  2026-12-10     18d
