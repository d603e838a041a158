using System;
using HangupAnalysis.Commands;

return await SampleCommands.RunAsync(args, Console.Out, Console.Error);
