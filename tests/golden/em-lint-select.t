$ goals --vault examples/engineering-manager --today 2026-11-22 lint --select overdue,stale-goal --no-summary
? 1
--- stdout
Goals/Build a network of engineering managers.md:11:1: info: goal "Build a network of engineering managers" was last reviewed 2026-05-01, 205 days ago; goals go stale after 90 days [stale-goal]
 11 | reviewed: 2026-05-01
    | ^
  help: Read the goal again, change what no longer fits, and set `reviewed:` to today's date.

Goals/Finish the Coaching for Engineers course.md:6:1: warning: goal "Finish the Coaching for Engineers course" was due 2026-10-31, 22 days ago [overdue]
 6 | deadline: 2026-10-31
   | ^
  help: Finish it, move `deadline` to a new date and write down why, or set `status: done` or `status: dropped`.

Sprints/2026-Q4.md:33:1: warning: milestone "Week 4-5: Modules 7-8 and the recorded coaching conversation" of goal "Finish the Coaching for Engineers course" was due 2026-10-31, 22 days ago [overdue]
 33 | - [ ] Week 4-5: Modules 7-8 and the recorded coaching conversation 📅 2026-10-31
    | ^
  help: Mark it done if it is, or move its 📅 date and rework the weeks after it.

