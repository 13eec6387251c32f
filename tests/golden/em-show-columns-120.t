$ COLUMNS=120 goals --vault examples/engineering-manager --today 2026-11-22 show "Mentor 2 junior engineers"
? 0
--- stdout
Mentor 2 junior engineers
goal, short, active - Goals/Mentor 2 junior engineers.md
  deadline        2026-12-31 (39 days left)
  metric          Both mentees have a written growth plan and 6 logged sessions each
  accountability  [[Marcus Oyelaran]]
  target          12
  current         7
  reviewed        2026-11-15 (7 days ago)
  tags            #mentoring
  progress        5/7 done

Parent chain
  Develop coaching and mentoring skills (medium goal, Goals/Develop coaching and mentoring skills.md)
  Move into engineering management (long goal, Goals/Move into engineering management.md)
  My north star (vision, Vision/My north star.md)

Sprints
  Q4 2026 career sprint (sprint, Sprints/2026-Q4.md)

Milestones
  [x] Week 1-4: Agree mentoring goals with Sam and Lea and book a fortnightly slot (due 2026-10-28, done 2026-10-12)
    Sprints/2026-Q4.md:19
  [x] Week 5-8: Three sessions each and one written growth area per mentee (due 2026-11-25, done 2026-11-20)
    Sprints/2026-Q4.md:20
  [ ] Week 9-13: Review both growth plans with the mentees and their managers (due 2026-12-23)  Sprints/2026-Q4.md:21

Tasks
  [x] First session with Sam (done 2026-10-09)  line 28
  [x] First session with Lea (done 2026-10-12)  line 29
  [x] Growth area written down for both (done 2026-11-13)  line 30
  [ ] Growth plan reviewed with their managers (due 2026-12-16)  line 31

Backlinks
  Daily/2026-11-16.md
  Goals/Develop coaching and mentoring skills.md
  Reviews/2026-Q3 review.md
  Reviews/2026-W46.md
  Sprints/2026-Q4.md
