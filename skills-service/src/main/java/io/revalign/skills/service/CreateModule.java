package io.revalign.skills.service;

import java.util.List;

/** A learning module to add: title, provider, URL, hours and the level it raises each skill (by key) to. */
public record CreateModule(String title, String provider, String url, int hours, List<Raise> raises) {

    /** One skill and the level the module takes it to. */
    public record Raise(String skillKey, int level) {}
}
