$ goals --vault examples/engineering-manager --today 2026-11-22 new review --cadence monthly --dry-run
? 0
--- stdout
---
type: review
cadence: monthly
sprint: "[[2026-Q4]]"
date: 2026-11-22
---
# 2026-11

> [!info] Active goals and what they serve
> - [[Build a network of engineering managers]] → [[Move into engineering management]] → [[My north star]] (due 2027-06-30)
> - [[Develop coaching and mentoring skills]] → [[Move into engineering management]] → [[My north star]] (due 2027-06-30)
> - [[Finish the Coaching for Engineers course]] → [[Develop coaching and mentoring skills]] → [[Move into engineering management]] → [[My north star]] (due 2026-10-31)
> - [[Get better at leadership]] → [[Move into engineering management]] → [[My north star]]
> - [[Get promoted to Engineering Manager]] → [[Move into engineering management]] → [[My north star]] (due 2027-09-30)
> - [[Give a talk at the internal engineering summit]] (due 2026-12-10)
> - [[Lead the sprint planning cycle for Q1 2027]] → [[Serve as acting tech lead for two quarters]] → [[Move into engineering management]] → [[My north star]] (due 2026-12-18)
> - [[Mentor 2 junior engineers]] → [[Develop coaching and mentoring skills]] → [[Move into engineering management]] → [[My north star]] (due 2026-12-31)
> - [[Move into engineering management]] → [[My north star]] (due 2028-12-31)
> - [[Serve as acting tech lead for two quarters]] → [[Move into engineering management]] → [[My north star]] (due 2027-06-30)

## Do my goals still point where I want to go?

## What changed in my action plans?

## What lessons do I want to keep?
--- stderr
