$ goals --vault examples/product-manager --today 2026-11-22 status
? 0
--- stdout
Sprint 2026-Q4: Q4 2026 career sprint
Week 8 of 13 - 39 days left - 2026-10-01 to 2026-12-31

  Complete the Google Project Manag... [###############-------]   2/3  67%
    Certificate issued
  Attend 2 local product management... [###############-------]   2/3  67%
    2 meetups attended, 2 follow-up conversations
  Lead a small internal project        [#######---------------]   1/3  33%
    Feedback form live and retro notes shared
  Read two product management books    [----------------------]   0/2   0%
    A one-page summary of each

Due this week (2026-11-16 to 2026-11-22)
  nothing
Overdue
  2026-11-11  Read two product management books: Week 1-6: Read "Inspired"

Next review: weekly, due 2026-11-29 (in 7 days): goals review --cadence weekly
Wins since the last review (2026-11-21)
  none yet: tick off a milestone and it shows here

Goals                                                  SMART  deadline      left
Where I want to be (vision)
`- Become a product manager at a mid-size tech comp... SMART  2029-06-30    951d
   |- Attend 2 local product management meetups        SMART  2026-12-31     39d
   |- Complete the Google Project Management Certif... SMART  2026-12-20     28d
   `- Lead a small internal project                    SMART  2026-12-18     26d
