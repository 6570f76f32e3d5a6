package org.parkbench.app.cli;

import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code parkbench --version}, read from the jar's manifest. */
public final class ParkbenchVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = ParkbenchVersion.class.getPackage().getImplementationVersion();
        return new String[] {"Parkbench " + (version == null ? "(development build)" : version)};
    }
}
