package io.revalign.lead.domain.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.revalign.lead.domain.Bant;
import io.revalign.lead.domain.LeadData;
import io.revalign.lead.domain.inbound.InboundContact.LeadField;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InboundContactTest {

    static final Map<String, LeadField> FIELDS = Map.of(
            "email", LeadField.EMAIL,
            "firstname", LeadField.FIRST_NAME,
            "numemployees", LeadField.COMPANY_SIZE,
            "country", LeadField.COUNTRY);

    @Test
    void waitsForTheEmail() {
        var mapping = InboundContact.toLeadData(Map.of("firstname", "Dana"), FIELDS, null);
        assertEquals(new InboundContact.Waiting("no email yet"), mapping);
    }

    @Test
    void takesMappedPropertiesAndIgnoresOthers() {
        var mapping = InboundContact.toLeadData(
                Map.of("email", " dana@northwind.example ", "firstname", "Dana", "hs_lead_status", "NEW"),
                FIELDS,
                null);
        LeadData data = assertInstanceOf(InboundContact.Ready.class, mapping).data();
        assertEquals("dana@northwind.example", data.email());
        assertEquals("Dana", data.firstName());
        assertEquals(Map.of(), data.attributes());
    }

    @Test
    void keepsWhatHubSpotDoesNotMapAndClearsWhatItEmpties() {
        Bant bant = Bant.of(Bant.Budget.CONFIRMED, null, null, null);
        LeadData current = new LeadData(
                "dana@northwind.example", "Dana", null, "Northwind", null, null, 850, "DE", bant, Map.of("k", "v"));
        var mapping = InboundContact.toLeadData(Map.of("firstname", ""), FIELDS, current);
        LeadData data = assertInstanceOf(InboundContact.Ready.class, mapping).data();
        assertNull(data.firstName());
        assertEquals("Northwind", data.company());
        assertEquals(Bant.Budget.CONFIRMED, data.bant().budget);
        assertEquals(Map.of("k", "v"), data.attributes());
    }

    @Test
    void takesTheLowerBoundOfASizeRangeAndOnlyTwoLetterCountries() {
        var mapping = InboundContact.toLeadData(
                Map.of("email", "a@b.example", "numemployees", "25-50", "country", "Germany"), FIELDS, null);
        InboundContact.Ready ready = assertInstanceOf(InboundContact.Ready.class, mapping);
        assertEquals(25, ready.data().companySize());
        assertNull(ready.data().country());
        assertEquals(List.of("country 'Germany' is not an ISO 3166-1 alpha-2 code; country left unset"), ready.notes());
        var coded = InboundContact.toLeadData(Map.of("email", "a@b.example", "country", "de"), FIELDS, null);
        assertEquals(
                "DE", assertInstanceOf(InboundContact.Ready.class, coded).data().country());
    }

    @Test
    void refusesABadEmailAndOverlongValues() {
        assertEquals(
                new InboundContact.Refused("email", "is not an email address"),
                InboundContact.toLeadData(Map.of("email", "not-an-address"), FIELDS, null));
        assertEquals(
                new InboundContact.Refused("firstname", "is longer than 100 characters"),
                InboundContact.toLeadData(Map.of("email", "a@b.example", "firstname", "x".repeat(101)), FIELDS, null));
    }
}
