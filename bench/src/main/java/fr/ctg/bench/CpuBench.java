package fr.ctg.bench;

/**
 * CPU time per operation, the services' and PostgreSQL's (from /proc, without the load generator): a command beside
 * the cheapest authenticated request of the same service, each at 8 clients, in the same run.
 */
final class CpuBench {

    private CpuBench() {
    }

    static void run(Report report, ProcCpu cpu, String commandUrl, java.util.List<String> conventions, int seconds,
                    int warmupSeconds) throws InterruptedException {
        // Both operations warmed up first, as the append step does: otherwise the first one measured pays for the
        // JIT's compilations, which run on the service's own threads.
        if (warmupSeconds > 0) {
            AppendBench.timed(8, warmupSeconds, client ->
                    AppendBench.command(commandUrl, conventions.get(client), new Latencies()));
            CeilingBench.http(commandUrl, conventions.get(0), warmupSeconds, new Latencies());
        }
        report.line("");
        report.line("## CPU per operation (8 clients, " + seconds + " s each after " + warmupSeconds
                + " s of warm-up each; service and PostgreSQL processes, "
                + "load generator excluded)");
        report.line("| operation | ops/s | service CPU ms/op | PostgreSQL CPU ms/op | total CPU ms/op |");
        report.line("|---|---|---|---|---|");
        double command = measure(report, cpu, "command (action status update)", seconds,
                () -> AppendBench.timed(8, seconds, client ->
                        AppendBench.command(commandUrl, conventions.get(client), new Latencies())));
        double cheapest = measure(report, cpu, "cheapest authenticated request (sign-in, one query)", seconds,
                () -> CeilingBench.http(commandUrl, conventions.get(0), seconds, new Latencies()));
        report.figures.put("cpu-command", command);
        report.figures.put("cpu-cheapest", cheapest);
    }

    interface Step {
        double run() throws InterruptedException;
    }

    /** Runs the step and answers its total CPU milliseconds per operation. */
    private static double measure(Report report, ProcCpu cpu, String label, int seconds, Step step)
            throws InterruptedException {
        ProcCpu.Sample before = cpu.sample();
        long start = System.nanoTime();
        double rate = step.run();
        double elapsed = (System.nanoTime() - start) / 1e9;
        ProcCpu.Sample used = cpu.sample().minus(before);
        double operations = rate * elapsed;
        double service = used.service() * 1000 / operations;
        double postgres = used.postgres() * 1000 / operations;
        report.line(String.format("| %s | %.0f | %.2f | %.2f | %.2f |", label, rate, service, postgres,
                service + postgres));
        return service + postgres;
    }
}
