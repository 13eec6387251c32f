$ COLUMNS=60 goals --vault examples/engineering-manager --today 2026-11-22 lint
? 1
--- stdout
Daily/2026-11-18.md:9:1: info: link [[Manager README]] matches no note or file in the vault [unresolved-link]
 9 | [[Manager README]] before the acting role gets to its s…
   | ^~~~~~~~~~~~~~~~~~
  help: Create the note "Manager README" (clicking the link
        in Obsidian does) or fix the link's spelling.

Goals/Build a network of engineering managers.md:11:1: info: goal "Build a network of engineering managers" was last reviewed 2026-05-01, 205 days ago; goals go stale after 90 days [stale-goal]
 11 | reviewed: 2026-05-01
    | ^
  help: Read the goal again, change what no longer fits, and
        set `reviewed:` to today's date.

Goals/Finish the Coaching for Engineers course.md:6:1: warning: goal "Finish the Coaching for Engineers course" was due 2026-10-31, 22 days ago [overdue]
 6 | deadline: 2026-10-31
   | ^
  help: Finish it, move `deadline` to a new date and write
        down why, or set `status: done` or `status:
        dropped`.

Goals/Get better at leadership.md:2:1: warning: goal "Get better at leadership" has no deadline [no-deadline]
 2 | type: goal
   | ^
  help: Add `deadline:` with the day it must be finished by,
        e.g. `deadline: 2027-03-31`.

Goals/Get better at leadership.md:2:1: warning: goal "Get better at leadership" has no metric: nothing says how you will know it is done [no-metric]
 2 | type: goal
   | ^
  help: Add `metric:` with the number that will show it is
        done, e.g. "6 logged mentoring sessions".

Goals/Get better at leadership.md:12:1: warning: goal "Get better at leadership" is vague: it says "Get better" but names no deliverable, number or role [vague-goal]
 12 | # Get better at leadership
    | ^
  help: Say what you will deliver, how many and by when,
        e.g. "Run 6 one-to-ones with my two mentees and
        finish the Coaching for Engineers course by
        2027-03-31".

Goals/Get promoted to Engineering Manager.md:14:1: warning: goal "Get promoted to Engineering Manager" rests on someone else's decision: "Get promoted" [outside-control]
 14 | # Get promoted to Engineering Manager
    | ^
  help: Reframe it as the actions within your control, e.g.
        "Complete the three requirements for promotion".

Goals/Give a talk at the internal engineering summit.md:2:1: warning: goal "Give a talk at the internal engineering summit" has no parent: nothing ties it to a long-term goal or the vision [orphan-goal]
 2 | type: goal
   | ^
  help: Add `parent:` with the long-term goal it moves you
        toward, e.g. `parent: "[[Move into engineering
        management]]"`.

Reviews/2026-W47.md:17:1: warning: question "Which tasks and priorities did I change?" has no answer [unanswered-review]
 17 | ## Which tasks and priorities did I change?
    | ^
  help: Write a sentence or two under the heading; even
        "nothing changed" is an answer.

Sprints/2026-Q4.md:33:1: warning: milestone "Week 4-5: Modules 7-8 and the recorded coaching conversation" of goal "Finish the Coaching for Engineers course" was due 2026-10-31, 22 days ago [overdue]
 33 | - [ ] Week 4-5: Modules 7-8 and the recorded coaching…
    | ^
  help: Mark it done if it is, or move its 📅 date and
        rework the weeks after it.

8 warnings, 2 infos in 8 notes
