$ goals --vault examples/engineering-manager --today 2026-11-22 show 2026-Q3
? 0
--- stdout
Q3 2026 career sprint
sprint - Sprints/2026-Q3.md
  quarter         2026-Q3
  dates           2026-07-01 to 2026-09-30 (92 days)
  tags            #sprint
  progress        3/6 done

Parent chain
  Move into engineering management (long goal, Goals/Move into engineering management.md)
  My north star (vision, Vision/My north star.md)

Goals
  Goal 1: Have a career growth conversation with my manager (3/3 milestones)
    success metric: A summary Marcus agrees with, naming one leadership opportunity
    [x] Week 1-2: Write down three questions for Marcus (due 2026-07-14, done 2026-07-10)
    [x] Week 3-4: Hold the conversation in our 1:1 (due 2026-07-28, done 2026-07-21)
    [x] Week 3-4: Send a written summary and get it confirmed (due 2026-07-31, done 2026-07-22)
  Goal 2: Identify one leadership opportunity on the Payments team (0/3 milestones)
    success metric: One named leadership role agreed for Q4
    Week 1-4: List the gaps the team has today (planning, reviews, on-call, onboarding)
    Week 5-8: Pick one gap and test it by running two design reviews
    Week 9-13: Agree a concrete role with Marcus before the quarter ends

Backlinks
  Goals/Have a career growth conversation with my manager.md
  Goals/Serve as acting tech lead for two quarters.md
  Reviews/2026-Q3 review.md
