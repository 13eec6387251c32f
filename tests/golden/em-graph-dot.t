$ goals --vault examples/engineering-manager --today 2026-11-22 graph
? 0
--- stdout
digraph goals {
  rankdir=BT;
  node [shape=box, style=rounded];
  n0 [label="Build a network of engineering managers\n(medium goal)", shape=box];
  n1 [label="Develop coaching and mentoring skills\n(medium goal)", shape=box];
  n2 [label="Earn promotion to Senior Software Engineer by the March 2026 review cycle\n(medium goal)", shape=box];
  n3 [label="Earn the AWS Solutions Architect certification\n(short goal)", shape=box];
  n4 [label="Finish the Coaching for Engineers course\n(short goal)", shape=box];
  n5 [label="Get better at leadership\n(medium goal)", shape=box];
  n6 [label="Get promoted to Engineering Manager\n(medium goal)", shape=box];
  n7 [label="Give a talk at the internal engineering summit\n(short goal)", shape=box];
  n8 [label="Have a career growth conversation with my manager\n(short goal)", shape=box];
  n9 [label="Lead the sprint planning cycle for Q1 2027\n(short goal)", shape=box];
  n10 [label="Mentor 2 junior engineers\n(short goal)", shape=box];
  n11 [label="Move into engineering management\n(long goal)", shape=box];
  n12 [label="Pass the internal system design certification\n(short goal)", shape=box];
  n13 [label="Run the interview loop for two backend hires\n(short goal)", shape=box];
  n14 [label="Serve as acting tech lead for two quarters\n(medium goal)", shape=box];
  n15 [label="October 2026 deep dive\n(review)", shape=note];
  n16 [label="2026-Q3 review\n(review)", shape=note];
  n17 [label="Week 46\n(review)", shape=note];
  n18 [label="Week 47\n(review)", shape=note];
  n19 [label="Q3 2026 career sprint\n(sprint)", shape=folder];
  n20 [label="Q4 2026 career sprint\n(sprint)", shape=folder];
  n21 [label="My north star\n(vision)", shape=doubleoctagon];
  n22 [label="Identify one leadership opportunity on the Payments team\n(short goal)", shape=box];
  n0 -> n11 [label="parent"];
  n1 -> n11 [label="parent"];
  n2 -> n11 [label="parent"];
  n3 -> n11 [label="parent"];
  n4 -> n1 [label="parent"];
  n5 -> n11 [label="parent"];
  n6 -> n11 [label="parent"];
  n8 -> n14 [label="parent"];
  n9 -> n14 [label="parent"];
  n10 -> n1 [label="parent"];
  n11 -> n21 [label="parent"];
  n12 -> n2 [label="parent"];
  n13 -> n14 [label="parent"];
  n14 -> n11 [label="parent"];
  n15 -> n20 [label="reviews"];
  n16 -> n19 [label="reviews"];
  n17 -> n20 [label="reviews"];
  n18 -> n20 [label="reviews"];
  n19 -> n8 [label="goal"];
  n19 -> n22 [label="goal"];
  n19 -> n11 [label="serves"];
  n20 -> n10 [label="goal"];
  n20 -> n9 [label="goal"];
  n20 -> n4 [label="goal"];
  n20 -> n11 [label="serves"];
  n22 -> n11 [label="parent"];
}
