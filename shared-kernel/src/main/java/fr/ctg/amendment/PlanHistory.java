package fr.ctg.amendment;

import fr.ctg.actionplan.ActionAdded;
import fr.ctg.actionplan.ActionSheet;
import fr.ctg.actionplan.committee.AmendmentRequested;
import fr.ctg.convention.Commune;
import fr.ctg.convention.ConventionDefined;
import fr.ctg.convention.Parties;
import fr.ctg.convention.PartyKind;
import fr.ctg.convention.Perimeter;
import fr.ctg.route.CommuneWithdrawn;
import fr.ctg.route.ConventionSigned;
import fr.ctg.route.GivenSignature;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The versions of a convention's plan and its amendments, folded from the convention's events: the one fold the
 * aggregate's rules and the views both read, so that they agree on which version is in force on a day. An event it
 * does not know leaves it as it was.
 * <p>
 * Version 1 is the plan the convention is defined with, shaped by the actions added before the signature, and in
 * force from the signature's day. A version N+1 is in force from the day its amendment's last party signed.
 */
public final class PlanHistory {

    /** A party as the amendments know it: its id, kind and name. */
    public record PartyRef(String partyId, PartyKind kind, String name) {
    }

    private String conventionId;
    private PlanVersion draft;
    private LocalDate signedOn;
    private final Map<String, PartyRef> parties = new LinkedHashMap<>();
    private final Map<String, Commune> councils = new LinkedHashMap<>();
    private final List<VersionInForce> versions = new ArrayList<>();
    private final Map<Integer, Amendment> amendments = new LinkedHashMap<>();
    private final Map<String, EndedAction> ended = new LinkedHashMap<>();
    /** The day each action added by an amendment came into force (actions of version 1 have none). */
    private final Map<String, LocalDate> startedOn = new LinkedHashMap<>();
    private final Set<String> requestingMeetings = new HashSet<>();

    public void apply(Object event) {
        if (event instanceof ConventionDefined defined) {
            define(defined);
        } else if (event instanceof ActionAdded added && draft != null) {
            draft = draft.with(added.action());
        } else if (event instanceof CommuneWithdrawn withdrawn) {
            // A commune that left before the signature is no party: no amendment concerns it.
            parties.remove(withdrawn.communeInseeCode());
            councils.remove(withdrawn.communeInseeCode());
        } else if (event instanceof ConventionSigned signed) {
            signedOn = signed.signedOn();
            versions.add(new VersionInForce(draft, 0, signedOn));
        } else if (event instanceof AmendmentRequested requested) {
            requestingMeetings.add(requested.meetingId());
        } else if (event instanceof AmendmentOpened opened) {
            amendments.put(opened.amendmentNumber(), Amendment.opened(opened, List.copyOf(councils.keySet())));
        } else if (event instanceof AmendmentChangeAdded change) {
            amendments.computeIfPresent(change.amendmentNumber(), (n, a) -> a.with(change.change()));
            if (change.change().commune() != null) {
                Commune commune = change.change().commune();
                councils.putIfAbsent(commune.inseeCode(), commune);
                parties.putIfAbsent(commune.inseeCode(),
                        new PartyRef(commune.inseeCode(), PartyKind.COMMUNE, commune.name()));
            }
        } else if (event instanceof AmendmentSubmitted submitted) {
            amendments.computeIfPresent(submitted.amendmentNumber(), (n, a) -> a.submitted(submitted.submittedOn()));
        } else if (event instanceof AmendmentClosed closed) {
            amendments.computeIfPresent(closed.amendmentNumber(),
                    (n, a) -> a.closed(closed.outcome(), closed.closedOn(), closed.reason()));
        } else if (event instanceof AmendmentRouteEvent step) {
            amendments.computeIfPresent(step.amendmentNumber(), (n, a) -> a.route(step));
        } else if (event instanceof AmendmentPartySigned signed) {
            var signature = signed.signature();
            amendments.computeIfPresent(signed.amendmentNumber(), (n, a) -> a.signed(new GivenSignature(
                    signature.partyId(), signature.signatory().organisation(), signature.signedOn(),
                    signature.signatory().name(), signature.signatory().role())));
        } else if (event instanceof AmendmentInForce inForce) {
            inForce(inForce);
        }
    }

    private void define(ConventionDefined event) {
        conventionId = event.conventionId();
        draft = new PlanVersion(1, event.period(), event.perimeters(), event.actions(), List.of());
        parties.put(Parties.CAF_ID, new PartyRef(Parties.CAF_ID, PartyKind.CAF, event.caf()));
        for (Perimeter perimeter : event.perimeters()) {
            for (Commune commune : perimeter.communes()) {
                parties.put(commune.inseeCode(), new PartyRef(commune.inseeCode(), PartyKind.COMMUNE, commune.name()));
                councils.put(commune.inseeCode(), commune);
            }
        }
        Parties named = event.parties() == null ? Parties.NONE : event.parties();
        if (named.epci() != null) {
            parties.put(named.epci().siren(), new PartyRef(named.epci().siren(), PartyKind.EPCI, named.epci().name()));
            councils.put(named.epci().siren(), named.epci().asCouncil());
        }
        named.others().forEach(other -> parties.put(other.partyId(),
                new PartyRef(other.partyId(), other.kind(), other.name())));
    }

    private void inForce(AmendmentInForce event) {
        amendments.computeIfPresent(event.amendmentNumber(), (n, a) -> a.inForce(event.inForceOn()));
        PlanVersion before = latest().plan();
        versions.add(new VersionInForce(event.plan(), event.amendmentNumber(), event.inForceOn()));
        event.ended().forEach(action -> ended.put(action.actionId(), action));
        event.plan().actions().stream().map(ActionSheet::actionId)
                .filter(id -> before.action(id).isEmpty())
                .forEach(id -> startedOn.put(id, event.inForceOn()));
    }

    public String conventionId() {
        return conventionId;
    }

    public boolean signed() {
        return signedOn != null;
    }

    /** The plan being shaped before the signature, or the version the convention was signed with. */
    public PlanVersion firstVersion() {
        return versions.isEmpty() ? draft : versions.get(0).plan();
    }

    /** The latest version in force; version 1 (not yet in force: no date) before the signature. */
    public VersionInForce latest() {
        return versions.isEmpty() ? new VersionInForce(draft, 0, null) : versions.get(versions.size() - 1);
    }

    /** The version in force on {@code day}: empty before the signature. */
    public Optional<VersionInForce> inForceOn(LocalDate day) {
        VersionInForce found = null;
        for (VersionInForce version : versions) {
            if (!version.inForceFrom().isAfter(day)) {
                found = version;
            }
        }
        return Optional.ofNullable(found);
    }

    public List<VersionInForce> versionsInForce() {
        return List.copyOf(versions);
    }

    public Map<Integer, Amendment> amendments() {
        return Map.copyOf(amendments);
    }

    public Optional<Amendment> amendment(int number) {
        return Optional.ofNullable(amendments.get(number));
    }

    /** The amendment opened and neither in force nor closed, if any: at most one at a time. */
    public Optional<Amendment> pending() {
        return amendments.values().stream().filter(a -> a.state().pending()).findFirst();
    }

    /** The plan a pending amendment would make: the latest version with its changes so far. */
    public PlanVersion planOf(Amendment amendment) {
        if (amendment.state() == AmendmentState.IN_FORCE) {
            return versions.stream().filter(v -> v.amendmentNumber() == amendment.number()).findFirst()
                    .orElseThrow().plan();
        }
        return latest().plan().next(amendment.changes(), amendment.version(), amendment.number());
    }

    /** A version by number: one in force (or version 1 before the signature), or the pending amendment's. */
    public Optional<PlanVersion> version(int number) {
        if (number == 1) {
            return Optional.of(firstVersion());
        }
        Optional<PlanVersion> inForce = versions.stream().map(VersionInForce::plan)
                .filter(plan -> plan.version() == number).findFirst();
        if (inForce.isPresent()) {
            return inForce;
        }
        return pending().filter(a -> a.version() == number).map(this::planOf);
    }

    public Map<String, PartyRef> parties() {
        return Map.copyOf(parties);
    }

    /** Every party in the convention's order. */
    public List<PartyRef> partyList() {
        return List.copyOf(parties.values());
    }

    public Optional<Commune> council(String partyId) {
        return Optional.ofNullable(councils.get(partyId));
    }

    public boolean requestedAmendment(String meetingId) {
        return requestingMeetings.contains(meetingId);
    }

    public Optional<EndedAction> ended(String actionId) {
        return Optional.ofNullable(ended.get(actionId));
    }

    public Optional<LocalDate> startedOn(String actionId) {
        return Optional.ofNullable(startedOn.get(actionId));
    }

    /** The parties of {@code amendment} that have not signed it yet. */
    public List<PartyRef> unsigned(Amendment amendment) {
        return amendment.partiesConcerned().stream().filter(id -> !amendment.signatures().containsKey(id))
                .map(parties::get).toList();
    }
}
