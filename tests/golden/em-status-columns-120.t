$ COLUMNS=120 goals --vault examples/engineering-manager --today 2026-11-22 status
? 0
--- stdout
Sprint 2026-Q4: Q4 2026 career sprint
Week 8 of 13 - 39 days left - 2026-10-01 to 2026-12-31

  Mentor 2 junior engineers                                    [#########################-------------]   2/3  67%
    Both mentees have a written growth plan and 6 logged sessions each
  Lead the sprint planning cycle for Q1 2027                   [#############-------------------------]   1/3  33%
    Q1 2027 plan agreed by the squad and product in one session
  Finish the Coaching for Engineers course                     [#########################-------------]   2/3  67%
    Course certificate received

Due this week (2026-11-16 to 2026-11-22)
  nothing
Overdue
  2026-10-31  Finish the Coaching for Engineers course: Week 4-5: Modules 7-8 and the recorded coaching conversation
  2026-10-31  Finish the Coaching for Engineers course: the goal's deadline

Next review: weekly, due 2026-11-29 (in 7 days): goals review --cadence weekly
Wins since the last review (2026-11-22)
  none yet: tick off a milestone and it shows here

Goals                                                                                          SMART  deadline      left
My north star (vision)
`- Move into engineering management (long)                                                     SMART  2028-12-31    770d
   |- Build a network of engineering managers                                                  SMART  2027-06-30    220d
   |- Develop coaching and mentoring skills                                                    SMART  2027-06-30    220d
   |  |- Finish the Coaching for Engineers course                                              SMAR-  2026-10-31    -22d
   |  `- Mentor 2 junior engineers                                                             SMART  2026-12-31     39d
   |- Get better at leadership                                                                 --AR-
   |- Get promoted to Engineering Manager                                                      SM-RT  2027-09-30    312d
   `- Serve as acting tech lead for two quarters                                               SMART  2027-06-30    220d
      |- Lead the sprint planning cycle for Q1 2027                                            SMART  2026-12-18     26d
      `- Run the interview loop for two backend hires                                          SMART  2027-03-31    129d
Give a talk at the internal engineering summit (short)                                         SMA-T  2026-12-10     18d
