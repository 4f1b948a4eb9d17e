namespace NewsCorrelate.Bench;

public static class Program
{
    public static int Main(string[] args)
    {
        var benchmarks = typeof(Program).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IBenchmark).IsAssignableFrom(t))
            .Select(t => (IBenchmark)Activator.CreateInstance(t)!)
            .OrderBy(b => b.Name, StringComparer.Ordinal)
            .ToList();
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            Console.WriteLine("usage: NewsCorrelate.Bench NAME [options]   (run in Release: dotnet run -c Release --project tests/NewsCorrelate.Bench -- NAME)");
            foreach (var b in benchmarks)
                Console.WriteLine($"  {b.Name,-12} {b.Description}");
            return args.Length == 0 ? 2 : 0;
        }
        var chosen = benchmarks.FirstOrDefault(b => b.Name == args[0]);
        if (chosen is null)
        {
            Console.Error.WriteLine($"unknown benchmark '{args[0]}'; known: {string.Join(", ", benchmarks.Select(b => b.Name))}");
            return 2;
        }
        return chosen.Run(args[1..]);
    }
}
