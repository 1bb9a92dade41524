using System.CommandLine;
using Sim.Runner.Commands;

var root = new RootCommand("sim: discrete-event simulation and optimisation of cross-border parcel logistics")
{
    RunCommand.Create(),
    OptimiseCommand.Create(),
};
return root.Parse(args).Invoke();
