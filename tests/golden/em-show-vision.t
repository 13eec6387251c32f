$ goals --vault examples/engineering-manager --today 2026-11-22 show "My north star"
? 0
--- stdout
My north star
vision - Vision/My north star.md
  values          growth, people first, craft, honesty
  tags            #career

Children
  Move into engineering management (long goal, Goals/Move into engineering management.md)

Backlinks
  Goals/Move into engineering management.md
