namespace NewsCorrelate.Cli;

public static class Program
{
    public static int Main(string[] args) => Cli.Run(args, CliContext.FromConsole());
}
